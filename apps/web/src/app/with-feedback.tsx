import { App as AntApp } from 'antd';
import { Outlet } from 'react-router';

/**
 * antd's message, notification and modal hooks (App.useApp) for the pages that act: accounts,
 * cases, the workbench, verification of a file. The catalog's pages only read and stay outside
 * it, so a first visit to the home page or a guide does not download that code (about a third of
 * the home page's weight).
 */
export function WithFeedback() {
  return (
    <AntApp component={false}>
      <Outlet />
    </AntApp>
  );
}
