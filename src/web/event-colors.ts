// One colour per ACLED event type, shared by the map, the timeline legend and the table.

export const EVENT_TYPE_COLORS: Record<string, string> = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#d35400',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2471a3',
  'Riots': '#17806d',
  'Strategic developments': '#5d6d7e',
};

export function colorFor(eventType: string | null): string {
  return (eventType && EVENT_TYPE_COLORS[eventType]) || '#7f8c8d';
}
