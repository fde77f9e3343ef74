import { AppError } from '../contract/errors.js';

export function staleVersion(): AppError {
  return new AppError(
    'CONFLICT',
    'Bản ghi đã được người khác sửa trong lúc bạn đang sửa. Hãy tải lại để xem thay đổi mới nhất rồi sửa lại.',
  );
}

export function invalidField(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}
