/** URL paths of the app (Vietnamese slugs, as users read and share them). */
export const PATHS = {
  signIn: '/dang-nhap',
  dashboard: '/',
  units: '/don-vi',
  unit: (id: string) => `/don-vi/${id}`,
  groups: '/cum-khoi',
  people: '/ca-nhan',
  users: '/nguoi-dung',
  audit: '/nhat-ky',
  documents: '/van-ban',
  documentImport: '/van-ban/nhap',
  documentCompose: '/van-ban/soan',
  document: (id: string) => `/van-ban/${id}`,
  inbox: '/van-ban-den',
} as const;

/** Query parameter carrying where to return after signing in. */
export const NEXT_PARAM = 'tiep';
