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
  movements: '/phong-trao',
  movement: (id: string) => `/phong-trao/${id}`,
  registrations: '/dang-ky-thi-dua',
  /** Giao ước thi đua of the clusters and blocks; `?year=` keeps one year. */
  covenants: '/giao-uoc',
  covenant: (id: string) => `/giao-uoc/${id}`,
  /** The registrations of one movement (and year, default this one). */
  registrationsOf: (movementId: string, year?: number) => `/dang-ky-thi-dua?movement=${movementId}${year ? `&year=${year}` : ''}`,
  reports: '/bao-cao',
  report: (id: string) => `/bao-cao/${id}`,
  assignments: '/nhiem-vu',
  /** One assignment; `tab` opens one of its tabs (?tab=theo-doi). */
  assignment: (id: string, tab?: string) => (tab ? `/nhiem-vu/${id}?tab=${tab}` : `/nhiem-vu/${id}`),
  awardEligibility: '/khen-thuong/xet-dieu-kien',
  nominations: '/khen-thuong/de-nghi',
  nominationNew: '/khen-thuong/de-nghi/moi',
  nomination: (id: string) => `/khen-thuong/de-nghi/${id}`,
  councils: '/khen-thuong/hoi-dong',
  council: (id: string) => `/khen-thuong/hoi-dong/${id}`,
  /** Phiên họp of the councils in scope; `?hoiDong=<id>` keeps one council's. */
  councilSessions: '/khen-thuong/phien-hop',
  councilSession: (id: string) => `/khen-thuong/phien-hop/${id}`,
  decisions: '/khen-thuong/quyet-dinh',
  decision: (id: string) => `/khen-thuong/quyet-dinh/${id}`,
  certificateLayouts: '/khen-thuong/phoi-giay-khen',
  fund: '/khen-thuong/quy',
  awardRules: '/khen-thuong/chi-tieu',
  statistics: '/khen-thuong/thong-ke',
} as const;

/** Query parameter carrying where to return after signing in. */
export const NEXT_PARAM = 'tiep';
