import { describe, expect, it } from 'vitest';
import { openPostgres } from './open.js';

describe('opening PostgreSQL', () => {
  it('names the server and the reason when it cannot connect, never the password', async () => {
    // Port 1 on the loopback refuses at once.
    await expect(openPostgres('postgres://thidua:mat-khau-bi-mat@127.0.0.1:1/thidua')).rejects.toThrow(
      /^Không kết nối được PostgreSQL tại 127\.0\.0\.1:1\/thidua \(DATABASE_URL\): connect ECONNREFUSED 127\.0\.0\.1:1$/,
    );
  });

  it.runIf(process.env.DATABASE_URL)('says which database does not exist', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = '/thidua_khong_co';
    await expect(openPostgres(url.toString())).rejects.toThrow(/thidua_khong_co.*does not exist/);
  });
});
