import { Link } from 'react-router';
import type { BoardRow } from '../../../contract/reporting.js';
import { PATHS } from '../../app/paths.js';

/** The unit's name; a link to its report once it has one. */
export function UnitReportLink({ row }: { row: Pick<BoardRow, 'unitName' | 'reportId'> }) {
  return row.reportId ? <Link to={PATHS.report(row.reportId)}>{row.unitName}</Link> : <>{row.unitName}</>;
}
