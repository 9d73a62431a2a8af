import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

interface TimelineEvent {
  type: 'timeline';
  id: string;
  caseId: string;
  orderId: string | null;
  kind: string;
}
interface DeadLetterEvent {
  type: 'dead_letter';
  id: string;
  caseId: string | null;
  partnerId: string | null;
  state: string;
}

/**
 * Live updates over Server-Sent Events from the console's server: each event names what changed, and the screens
 * showing it refetch through the API. After a reconnect everything shown is refetched, which covers whatever was
 * announced while the stream was down. Returns whether the stream is connected.
 */
export function useLiveUpdates(): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource('/api/live');
    let wasDown = false;
    source.onopen = () => {
      setConnected(true);
      if (wasDown) void client.invalidateQueries();
      wasDown = false;
    };
    source.onerror = () => {
      setConnected(false);
      wasDown = true;
    };
    source.addEventListener('timeline', (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as TimelineEvent;
      void client.invalidateQueries({ queryKey: ['case', event.caseId] });
      void client.invalidateQueries({ queryKey: ['cases'] });
      if (event.kind.startsWith('invoice') || event.kind === 'payout_paid') {
        void client.invalidateQueries({ queryKey: ['invoices'] });
        void client.invalidateQueries({ queryKey: ['payouts'] });
      }
    });
    source.addEventListener('dead_letter', (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as DeadLetterEvent;
      void client.invalidateQueries({ queryKey: ['dead-letters'] });
      if (event.caseId) void client.invalidateQueries({ queryKey: ['case', event.caseId] });
    });
    return () => source.close();
  }, [client]);
  return connected;
}
