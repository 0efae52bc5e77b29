import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import type { StaffAccount } from '../../api/staff.endpoints';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { adminQueries } from './admin.queries';
import { CreateStaffModal } from './create-staff-modal';
import { EditStaffModal } from './edit-staff-modal';
import { StaffTable } from './staff-table';
import '../workbench.css';

const title = messages.workbench.tools.staff.title;
const text = messages.workbench.staff;

/** 工作人员管理: list, create, and change roles, data scope or status. */
export function StaffPage() {
  const staff = useQuery(adminQueries.staff());
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
        <StaffTable staff={staff.data ?? []} isLoading={staff.isFetching} onEdit={setEditing} />
      )}
      <CreateStaffModal isOpen={isCreating} onClose={() => setIsCreating(false)} />
      <EditStaffModal account={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
