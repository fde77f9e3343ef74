import {
  ApartmentOutlined,
  OrderedListOutlined,
  AuditOutlined,
  CarryOutOutlined,
  ClusterOutlined,
  FormOutlined,
  GiftOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FileDoneOutlined,
  FlagOutlined,
  IdcardOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  BankOutlined,
  FileProtectOutlined,
  ScheduleOutlined,
  WalletOutlined,
  BarChartOutlined,
  ReconciliationOutlined,
} from '@ant-design/icons';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Permission } from '../../contract/roles.js';
import type { MessageKey } from '../i18n/messages.js';
import { lazyNamed } from './lazy-named.js';
import { PATHS } from './paths.js';

export interface AppPage {
  /** Route path under the signed-in shell. */
  path: string;
  /** Needed to see the page (and its menu entry); none = every signed-in user. */
  permission?: Permission;
  page: LazyExoticComponent<ComponentType>;
  /** Present when the page has an entry in the side menu; `group` nests it under a submenu. */
  menu?: { labelKey: MessageKey; icon: ReactNode; group?: MenuGroup };
}

/** Submenus of the side menu; a group shows where its first page stands in APP_PAGES. */
export const MENU_GROUPS = {
  emulation: { labelKey: 'nav.group.emulation', icon: <TrophyOutlined /> },
  commendation: { labelKey: 'nav.group.commendation', icon: <GiftOutlined /> },
} satisfies Record<string, { labelKey: MessageKey; icon: ReactNode }>;
export type MenuGroup = keyof typeof MENU_GROUPS;

/**
 * Every page of the signed-in app, in menu order. A new feature adds one entry here:
 * the router and the side menu are both built from this list.
 */
export const APP_PAGES: AppPage[] = [
  {
    path: PATHS.dashboard,
    page: lazyNamed(() => import('../features/dashboard/DashboardPage.js'), 'DashboardPage'),
    menu: { labelKey: 'nav.dashboard', icon: <DashboardOutlined /> },
  },
  {
    path: PATHS.units,
    permission: 'unit:read',
    page: lazyNamed(() => import('../features/units/UnitListPage.js'), 'UnitListPage'),
    menu: { labelKey: 'nav.units', icon: <ApartmentOutlined /> },
  },
  {
    path: PATHS.unit(':id'),
    permission: 'unit:read',
    page: lazyNamed(() => import('../features/units/UnitDetailPage.js'), 'UnitDetailPage'),
  },
  {
    path: PATHS.groups,
    permission: 'group:read',
    page: lazyNamed(() => import('../features/groups/GroupListPage.js'), 'GroupListPage'),
    menu: { labelKey: 'nav.groups', icon: <ClusterOutlined /> },
  },
  {
    path: PATHS.people,
    permission: 'person:read',
    page: lazyNamed(() => import('../features/people/PersonListPage.js'), 'PersonListPage'),
    menu: { labelKey: 'nav.people', icon: <TeamOutlined /> },
  },
  {
    path: PATHS.documents,
    permission: 'document:read',
    page: lazyNamed(() => import('../features/documents/DocumentListPage.js'), 'DocumentListPage'),
    menu: { labelKey: 'nav.documents', icon: <FileTextOutlined /> },
  },
  {
    path: PATHS.documentImport,
    permission: 'document:write',
    page: lazyNamed(() => import('../features/documents/DocumentImportPage.js'), 'DocumentImportPage'),
  },
  {
    path: PATHS.documentCompose,
    permission: 'document:write',
    page: lazyNamed(() => import('../features/documents/DocumentComposePage.js'), 'DocumentComposePage'),
  },
  {
    path: PATHS.document(':id'),
    permission: 'document:read',
    page: lazyNamed(() => import('../features/documents/DocumentDetailPage.js'), 'DocumentDetailPage'),
  },
  {
    path: PATHS.inbox,
    permission: 'document:read',
    page: lazyNamed(() => import('../features/documents/InboxPage.js'), 'InboxPage'),
    menu: { labelKey: 'nav.inbox', icon: <InboxOutlined /> },
  },
  {
    path: PATHS.movements,
    permission: 'movement:read',
    page: lazyNamed(() => import('../features/movements/MovementListPage.js'), 'MovementListPage'),
    menu: { labelKey: 'nav.movements', icon: <FlagOutlined />, group: 'emulation' },
  },
  {
    path: PATHS.movement(':id'),
    permission: 'movement:read',
    page: lazyNamed(() => import('../features/movements/MovementPage.js'), 'MovementPage'),
  },
  {
    path: PATHS.registrations,
    permission: 'movement:read',
    page: lazyNamed(() => import('../features/registrations/RegistrationsPage.js'), 'RegistrationsPage'),
    menu: { labelKey: 'nav.registrations', icon: <SolutionOutlined />, group: 'emulation' },
  },
  {
    path: PATHS.covenants,
    permission: 'group:read',
    page: lazyNamed(() => import('../features/covenants/CovenantListPage.js'), 'CovenantListPage'),
    menu: { labelKey: 'nav.covenants', icon: <ReconciliationOutlined />, group: 'emulation' },
  },
  {
    path: PATHS.covenant(':id'),
    permission: 'group:read',
    page: lazyNamed(() => import('../features/covenants/CovenantPage.js'), 'CovenantPage'),
  },
  {
    path: PATHS.assignments,
    permission: 'report:read',
    page: lazyNamed(() => import('../features/assignments/AssignmentListPage.js'), 'AssignmentListPage'),
    menu: { labelKey: 'nav.assignments', icon: <CarryOutOutlined />, group: 'emulation' },
  },
  {
    path: PATHS.assignment(':id'),
    permission: 'report:read',
    // Lazy on its own: the charts library travels only with this page.
    page: lazyNamed(() => import('../features/assignments/AssignmentPage.js'), 'AssignmentPage'),
  },
  {
    path: PATHS.reports,
    permission: 'report:read',
    page: lazyNamed(() => import('../features/reports/ReportListPage.js'), 'ReportListPage'),
    menu: { labelKey: 'nav.reports', icon: <FormOutlined />, group: 'emulation' },
  },
  {
    path: PATHS.report(':id'),
    permission: 'report:read',
    page: lazyNamed(() => import('../features/reports/ReportPage.js'), 'ReportPage'),
  },
  {
    path: PATHS.awardEligibility,
    page: lazyNamed(() => import('../features/awards/EligibilityPage.js'), 'EligibilityPage'),
    menu: { labelKey: 'nav.awardEligibility', icon: <SafetyCertificateOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.nominations,
    permission: 'award:read',
    page: lazyNamed(() => import('../features/nominations/NominationListPage.js'), 'NominationListPage'),
    menu: { labelKey: 'nav.nominations', icon: <FileDoneOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.nominationNew,
    permission: 'nomination:write',
    page: lazyNamed(() => import('../features/nominations/NominationNewPage.js'), 'NominationNewPage'),
  },
  {
    path: PATHS.nomination(':id'),
    permission: 'award:read',
    page: lazyNamed(() => import('../features/nominations/NominationPage.js'), 'NominationPage'),
  },
  {
    path: PATHS.councils,
    permission: 'award:read',
    page: lazyNamed(() => import('../features/councils/CouncilListPage.js'), 'CouncilListPage'),
    menu: { labelKey: 'nav.councils', icon: <BankOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.council(':id'),
    permission: 'award:read',
    page: lazyNamed(() => import('../features/councils/CouncilPage.js'), 'CouncilPage'),
  },
  {
    path: PATHS.councilSessions,
    permission: 'award:read',
    // In the menu too: a member comes here to find the session to vote in.
    page: lazyNamed(() => import('../features/councils/SessionListPage.js'), 'SessionListPage'),
    menu: { labelKey: 'nav.councilSessions', icon: <ScheduleOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.councilSession(':id'),
    permission: 'award:read',
    page: lazyNamed(() => import('../features/councils/SessionPage.js'), 'SessionPage'),
  },
  {
    path: PATHS.decisions,
    permission: 'award:read',
    page: lazyNamed(() => import('../features/decisions/DecisionListPage.js'), 'DecisionListPage'),
    menu: { labelKey: 'nav.decisions', icon: <FileProtectOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.decision(':id'),
    permission: 'award:read',
    page: lazyNamed(() => import('../features/decisions/DecisionPage.js'), 'DecisionPage'),
  },
  {
    path: PATHS.certificateLayouts,
    permission: 'decision:write',
    page: lazyNamed(() => import('../features/decisions/CertificateLayoutsPage.js'), 'CertificateLayoutsPage'),
  },
  {
    path: PATHS.fund,
    permission: 'award:read',
    page: lazyNamed(() => import('../features/fund/FundPage.js'), 'FundPage'),
    menu: { labelKey: 'nav.fund', icon: <WalletOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.awardRules,
    permission: 'award:read',
    page: lazyNamed(() => import('../features/award-rules/AwardRulesPage.js'), 'AwardRulesPage'),
    menu: { labelKey: 'nav.awardRules', icon: <OrderedListOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.statistics,
    permission: 'award:read',
    page: lazyNamed(() => import('../features/statistics/StatisticsPage.js'), 'StatisticsPage'),
    menu: { labelKey: 'nav.statistics', icon: <BarChartOutlined />, group: 'commendation' },
  },
  {
    path: PATHS.users,
    permission: 'user:read',
    page: lazyNamed(() => import('../features/users/UserListPage.js'), 'UserListPage'),
    menu: { labelKey: 'nav.users', icon: <IdcardOutlined /> },
  },
  {
    path: PATHS.audit,
    permission: 'audit:read',
    page: lazyNamed(() => import('../features/audit/AuditPage.js'), 'AuditPage'),
    menu: { labelKey: 'nav.audit', icon: <AuditOutlined /> },
  },
];
