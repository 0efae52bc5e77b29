import { FilePdfOutlined } from '@ant-design/icons';
import type { Case } from '@yici/contracts';
import { Empty } from 'antd';
import { noticePdfUrl } from '../../api/cases.endpoints';
import { messages } from '../../messages';
import { formatDateTime } from '../format-time';

const text = messages.cases.detail;

/** 一次性告知书, 不予受理决定书 …: each as the PDF the applicant was given. */
export function CaseNotices({ theCase }: { theCase: Case }) {
  if (theCase.notices.length === 0)
    return <Empty description={text.noticesEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul className="plain-list case-notices" data-testid="case-notices">
      {theCase.notices.map((notice) => (
        <li key={notice.id} data-notice-kind={notice.kind}>
          <a href={noticePdfUrl(theCase.id, notice.id)} target="_blank" rel="noreferrer" className="icon-link">
            <FilePdfOutlined aria-hidden="true" />
            {notice.title}
          </a>
          <span className="muted">
            {text.round(notice.round)} · {formatDateTime(notice.issuedAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
