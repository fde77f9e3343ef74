import { Command, InvalidArgumentError } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { AppError } from '../contract/errors.js';
import { RoleSchema } from '../contract/roles.js';
import { CreateUnitBodySchema, UNIT_KINDS, type FileFormat, type ImportSummary } from '../contract/units.js';
import { CreateUserBodySchema } from '../contract/users.js';
import { readConfig } from '../server/config.js';
import type { ServiceContext } from '../server/context.js';
import { connect } from '../server/db/connect.js';
import { createFileStore } from '../server/files/file-store.js';
import { createSmtpMailer } from '../server/modules/reminders/mailer.js';
import { exportPeople, importPeople } from '../server/modules/people/people-transfer.service.js';
import { exportUnits, importUnits } from '../server/modules/units/units-transfer.service.js';
import { findUnitByCode } from '../server/modules/units/units.repo.js';
import { countUsers } from '../server/modules/users/users.repo.js';
import { createUnit } from '../server/modules/units/units.service.js';
import { createUser } from '../server/modules/users/users.service.js';
import { APP_VERSION } from '../server/paths.js';
import { seedDemo } from '../server/seed/demo.js';
import { buildSyntheticCountry, SYNTHETIC_PASSWORD, SYNTHETIC_SCALES, SyntheticOptionsSchema } from '../server/seed/synthetic.js';
import { addAuditCommand } from './audit.js';
import { addBackupCommands } from './backup.js';
import { addEligibilityCommand } from './eligibility.js';
import { addParseCommand } from './parse.js';
import { addRemindersCommand } from './reminders.js';
import { addRenderCommand } from './render.js';

async function withDatabase<T>(fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const config = readConfig();
  const { database } = await connect(config);
  try {
    // The store creates its folders on first write: commands that store no file need none.
    return await fn({ db: database.db, now: () => new Date(), files: createFileStore(config.filesDir) });
  } finally {
    await database.close();
  }
}

function parseRoles(value: string): z.infer<typeof RoleSchema>[] {
  const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
  const parsed = z.array(RoleSchema).min(1).safeParse(roles);
  if (!parsed.success) throw new InvalidArgumentError(`Vai trò không hợp lệ. Chọn trong: ${RoleSchema.options.join(', ')}`);
  return parsed.data;
}

/** The file format from the extension: .xlsx or .csv. */
function fileFormatOf(path: string): FileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  throw new AppError('INVALID_INPUT', `Không biết định dạng của tệp "${path}": dùng tệp .xlsx hoặc .csv`);
}

async function readInputFile(path: string) {
  const format = fileFormatOf(path);
  return { bytes: await readFile(path), format };
}

function importReport(summary: ImportSummary, noun: string): string {
  const counts = `thêm ${summary.created}, sửa ${summary.updated}, không đổi ${summary.unchanged} ${noun}`;
  return summary.dryRun ? `Tệp hợp lệ (chưa ghi gì): sẽ ${counts}.` : `Đã nhập: ${counts}.`;
}

export function buildCli(): Command {
  const program = new Command('thidua')
    .description('thidua — quản lý công tác thi đua, khen thưởng')
    .version(APP_VERSION, '-v, --version', 'In phiên bản')
    .helpOption('-h, --help', 'Xem hướng dẫn')
    .addHelpCommand('help [lệnh]', 'Xem hướng dẫn của một lệnh')
    .showHelpAfterError();

  program
    .command('serve')
    .description('Chạy máy chủ web (CSDL nhúng ./data, hoặc PostgreSQL khi có DATABASE_URL)')
    .option('-p, --port <số>', 'Cổng (mặc định 3000, hoặc biến PORT)')
    .option('--host <địa chỉ>', 'Địa chỉ lắng nghe (mặc định 127.0.0.1, hoặc biến HOST)')
    .action(async (opts: { port?: string; host?: string }) => {
      const { serve } = await import('../server/main.js');
      const env = { ...process.env, ...(opts.port ? { PORT: opts.port } : {}), ...(opts.host ? { HOST: opts.host } : {}) };
      await serve(readConfig(env));
    });

  program
    .command('migrate')
    .description('Tạo hoặc cập nhật lược đồ cơ sở dữ liệu')
    .action(async () => {
      await withDatabase(async () => {});
      console.log('Đã cập nhật lược đồ cơ sở dữ liệu.');
    });

  const seed = program.command('seed').description('Nạp dữ liệu');
  seed
    .command('demo')
    .description('Nạp dữ liệu minh họa (tỉnh Điện Biên, huyện Tủa Chùa) vào cơ sở dữ liệu trống')
    .action(async () => {
      await withDatabase(async (ctx) => {
        if ((await countUsers(ctx.db)) > 0) {
          throw new AppError('CONFLICT', 'Cơ sở dữ liệu đã có dữ liệu: chỉ nạp dữ liệu minh họa vào cơ sở dữ liệu trống.');
        }
        await seedDemo(ctx);
      });
      console.log('Đã nạp dữ liệu minh họa.');
    });

  seed
    .command('synthetic')
    .description('Nạp một quốc gia tổng hợp (để đo hiệu năng) vào cơ sở dữ liệu trống: tỉnh, xã, cơ quan, cụm thi đua, người báo cáo, phong trào, các quý báo cáo đã tiếp nhận')
    .option('--provinces <n>', 'Số tỉnh', String(SYNTHETIC_SCALES.national.provinces))
    .option('--communes <n>', 'Số xã', String(SYNTHETIC_SCALES.national.communes))
    .option('--agencies <n>', 'Số cơ quan (sở, ngành)', String(SYNTHETIC_SCALES.national.agencies))
    .option('--indicators <n>', 'Số chỉ tiêu của phong trào', String(SYNTHETIC_SCALES.national.indicators))
    .option('--periods <n>', 'Số quý đã báo cáo', String(SYNTHETIC_SCALES.national.periods))
    .option('--awardees <n>', 'Số đề nghị khen thưởng đã duyệt chờ quyết định của tỉnh đầu tiên', String(SYNTHETIC_SCALES.national.awardees))
    .action(async (opts: Record<string, string>) => {
      const parsed = SyntheticOptionsSchema.safeParse(opts);
      if (!parsed.success) {
        throw new AppError('INVALID_INPUT', parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
      }
      const started = performance.now();
      const country = await withDatabase(async (ctx) => {
        if ((await countUsers(ctx.db)) > 0) throw new AppError('CONFLICT', 'Cơ sở dữ liệu đã có dữ liệu: chỉ nạp quốc gia tổng hợp vào cơ sở dữ liệu trống.');
        return ctx.db.transaction((tx) => buildSyntheticCountry({ ...ctx, db: tx }, parsed.data));
      });
      const { units, users, reports, values } = country.counts;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Đã nạp quốc gia tổng hợp trong ${seconds} s: ${units} đơn vị, ${users} người dùng, ${reports} báo cáo, ${values} số liệu.`);
      console.log(`Mật khẩu chung: ${SYNTHETIC_PASSWORD} (tw.canbo, tinh01.canbo…, xa00001.baocao…)`);
    });

  const unit = program.command('unit').description('Quản lý đơn vị');
  unit
    .command('create')
    .description('Tạo đơn vị (đơn vị gốc, ví dụ tỉnh, của một cài đặt mới; hoặc đơn vị trực thuộc)')
    .requiredOption('-c, --code <mã>', 'Mã đơn vị')
    .requiredOption('-n, --name <tên>', 'Tên đơn vị')
    .requiredOption('-k, --kind <loại>', `Loại đơn vị (${UNIT_KINDS.join(', ')})`)
    .option('--parent <mã>', 'Mã đơn vị cấp trên (bỏ trống cho đơn vị gốc)')
    .action(async (opts: { code: string; name: string; kind: string; parent?: string }) => {
      const created = await withDatabase(async (ctx) => {
        const parent = opts.parent ? await findUnitByCode(ctx.db, opts.parent.toUpperCase()) : null;
        if (opts.parent && !parent) throw new AppError('NOT_FOUND', `Không có đơn vị mã "${opts.parent}"`);
        const body = CreateUnitBodySchema.parse({ code: opts.code, name: opts.name, kind: opts.kind, parentId: parent?.id ?? null });
        return createUnit(ctx, null, body);
      });
      console.log(`Đã tạo đơn vị ${created.code} – ${created.name}.`);
    });

  // The operator has no signed-in user: the services get actor = null and work on the whole database.
  unit
    .command('import')
    .description('Nhập đơn vị từ tệp .xlsx hoặc .csv (cột: Mã đơn vị, Tên đơn vị, Loại, Mã đơn vị cấp trên); có dòng lỗi thì không ghi gì')
    .argument('<tệp>', 'Tệp .xlsx hoặc .csv')
    .option('--dry-run', 'Chỉ kiểm tra tệp, không ghi')
    .action(async (path: string, opts: { dryRun?: boolean }) => {
      const file = await readInputFile(path);
      const summary = await withDatabase((ctx) => importUnits(ctx, null, file, { dryRun: !!opts.dryRun }));
      console.log(importReport(summary, 'đơn vị'));
    });
  unit
    .command('export')
    .description('Xuất mọi đơn vị ra tệp .xlsx hoặc .csv (theo đuôi tệp)')
    .argument('<tệp>', 'Tệp .xlsx hoặc .csv sẽ ghi')
    .action(async (path: string) => {
      const format = fileFormatOf(path);
      const file = await withDatabase((ctx) => exportUnits(ctx, null, format));
      await writeFile(path, file.bytes);
      console.log(`Đã ghi ${path}.`);
    });

  const people = program.command('people').description('Quản lý cá nhân');
  people
    .command('import')
    .description('Nhập cá nhân từ tệp .xlsx hoặc .csv (cột: Họ và tên, Giới tính, Năm sinh, Mã đơn vị, Chức vụ); có dòng lỗi thì không ghi gì')
    .argument('<tệp>', 'Tệp .xlsx hoặc .csv')
    .option('--dry-run', 'Chỉ kiểm tra tệp, không ghi')
    .action(async (path: string, opts: { dryRun?: boolean }) => {
      const file = await readInputFile(path);
      const summary = await withDatabase((ctx) => importPeople(ctx, null, file, { dryRun: !!opts.dryRun }));
      console.log(importReport(summary, 'người'));
    });
  people
    .command('export')
    .description('Xuất mọi cá nhân ra tệp .xlsx hoặc .csv (theo đuôi tệp)')
    .argument('<tệp>', 'Tệp .xlsx hoặc .csv sẽ ghi')
    .action(async (path: string) => {
      const format = fileFormatOf(path);
      const file = await withDatabase((ctx) => exportPeople(ctx, null, format));
      await writeFile(path, file.bytes);
      console.log(`Đã ghi ${path}.`);
    });

  const user = program.command('user').description('Quản lý người dùng');
  user
    .command('create')
    .description('Tạo người dùng (dùng để tạo quản trị viên đầu tiên của một cài đặt mới)')
    .requiredOption('-u, --username <tên>', 'Tên đăng nhập')
    .requiredOption('-n, --name <họ tên>', 'Họ và tên')
    .requiredOption('--unit <mã đơn vị>', 'Mã đơn vị công tác')
    .option('--scope <mã đơn vị>', 'Mã đơn vị phụ trách (mặc định là đơn vị công tác)')
    .option('--email <địa chỉ>', 'Thư điện tử nhận nhắc hạn báo cáo')
    .option('-r, --roles <vai trò,…>', `Vai trò, cách nhau bằng dấu phẩy (${RoleSchema.options.join(', ')})`, parseRoles, ['admin'])
    .option('--password-stdin', 'Đọc mật khẩu từ đầu vào chuẩn (mặc định: biến THIDUA_PASSWORD)')
    .action(async (opts: { username: string; name: string; unit: string; scope?: string; email?: string; roles: z.infer<typeof RoleSchema>[]; passwordStdin?: boolean }) => {
      const password = opts.passwordStdin ? (await readStdin()).replace(/\r?\n$/, '') : process.env.THIDUA_PASSWORD;
      if (!password) throw new AppError('INVALID_INPUT', 'Cần mật khẩu: đặt biến THIDUA_PASSWORD hoặc dùng --password-stdin');
      const created = await withDatabase(async (ctx) => {
        const unit = await findUnitByCode(ctx.db, opts.unit.toUpperCase());
        if (!unit) throw new AppError('NOT_FOUND', `Không có đơn vị mã "${opts.unit}"`);
        const scope = opts.scope ? await findUnitByCode(ctx.db, opts.scope.toUpperCase()) : unit;
        if (!scope) throw new AppError('NOT_FOUND', `Không có đơn vị mã "${opts.scope}"`);
        const body = CreateUserBodySchema.parse({
          username: opts.username,
          fullName: opts.name,
          email: opts.email ?? null,
          password,
          unitId: unit.id,
          scopeUnitId: scope.id,
          roles: opts.roles,
        });
        return createUser(ctx, null, body);
      });
      console.log(`Đã tạo người dùng ${created.username} (${created.roles.join(', ')}) tại ${created.unitName}.`);
    });

  addParseCommand(program);
  addEligibilityCommand(program);
  addRenderCommand(program);
  addAuditCommand(program, withDatabase);
  addBackupCommands(program);
  addRemindersCommand(program, (fn) =>
    withDatabase(async (ctx) => {
      const config = readConfig();
      const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined;
      try {
        return await fn({ ...ctx, mailer });
      } finally {
        mailer?.close?.();
      }
    }),
  );

  return program;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function runCli(argv: string[]): Promise<void> {
  z.config(z.locales.vi());
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    if (err instanceof z.ZodError) {
      console.error(`Lỗi: ${err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } else {
      console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
      // An import lists its row errors: print them so the operator can fix the file.
      if (err instanceof AppError && Array.isArray(err.details)) {
        for (const d of err.details as { row: number; message: string }[]) console.error(`  Dòng ${d.row}: ${d.message}`);
      }
    }
    process.exitCode = 1;
  }
}
