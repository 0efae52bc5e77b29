import type { Me } from '@yici/contracts';
import { Button, Card, Steps, Tag } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { meetsLevel, REAL_NAME_LEVELS } from '../../shared/session/session-access';
import { levelIndexOf, levelLabel } from './real-name-levels';

const text = messages.account;

/** The three real-name levels as steps, each with what it unlocks, and the way to the next one. */
export function RealNameLevelCard({ me }: { me: Me }) {
  const reached = levelIndexOf(me.realNameLevel);
  return (
    <Card
      title={text.realNameHeading}
      data-testid="real-name-card"
      extra={
        <span>
          {text.currentLevel}：
          <Tag color={reached >= 1 ? 'green' : reached === 0 ? 'gold' : 'default'} data-testid="real-name-level">
            {levelLabel(me.realNameLevel)}
          </Tag>
        </span>
      }
    >
      <Steps
        className="level-steps"
        current={Math.max(reached, 0)}
        status={reached < 0 ? 'wait' : 'finish'}
        items={REAL_NAME_LEVELS.map((level, index) => ({
          title: messages.levels[level],
          content: messages.levelUnlocks[level],
          status: index <= reached ? 'finish' : 'wait',
        }))}
      />
      <div className="account-actions">
        {!meetsLevel(me.realNameLevel, 'registry') && (
          <Link to="/account/real-name">
            <Button type="primary">{text.continueRealName}</Button>
          </Link>
        )}
        {me.realNameLevel !== 'in_person' && <p className="muted">{text.inPersonHint}</p>}
      </div>
    </Card>
  );
}
