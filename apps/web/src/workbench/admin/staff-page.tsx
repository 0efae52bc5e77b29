import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import type { StaffAccount } from '../../api/staff.endpoints';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { adminQueries, STAFF_PAGE_SIZE } from './admin.queries';
import { CreateStaffModal } from './create-staff-modal';
import { EditStaffModal } from './edit-staff-modal';
import { StaffTable } from './staff-table';
import '../workbench.css';

const title = messages.workbench.tools.staff.title;
const text = messages.workbench.staff;

/** 工作人员管理: list (by login, a page at a time), create, and change roles, data scope or status. */
export function StaffPage() {
  // The page shown is the cursor the server gave (undefined: the first page); no page is found by skipping rows.
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const staff = useQuery(adminQueries.staff({ cursor, limit: STAFF_PAGE_SIZE }));
  const [isCreating, setIsCreating] = useState(false);
  const [editing, setEditing] = useState<StaffAccount | null>(null);
  return (
    <div className="page" data-testid="staff-page">
      <PageTitle>{title}</PageTitle>
      <div className="workbench-heading">
        <h1>{title}</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
          {text.create}
        </Button>
      </div>
      <p className="page-intro">{text.intro}</p>
      {staff.isError ? (
        <ProblemView error={staff.error} onRetry={() => void staff.refetch()} />
      ) : (
        <StaffTable
          page={staff.data}
          cursor={cursor}
          isLoading={staff.isFetching}
          onPageChange={setCursor}
          onEdit={setEditing}
        />
      )}
      <CreateStaffModal isOpen={isCreating} onClose={() => setIsCreating(false)} />
      <EditStaffModal account={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
