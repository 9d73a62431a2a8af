import { Tag, type TagProps } from 'antd';

/**
 * Tags in solid, dark colours with white text: Ant Design's light tag palette (green text on pale green) falls below
 * WCAG AA contrast, which axe-core reports as serious.
 */
const PALETTE: Record<string, string> = {
  green: '#1f6f2e',
  red: '#b42318',
  gold: '#7a5200',
  orange: '#a64b00',
  volcano: '#a63a12',
  blue: '#0b5cad',
  processing: '#0b5cad',
  geekblue: '#2f3fa8',
  cyan: '#0e6470',
  default: '#595959',
};

export function StatusTag({ color, ...props }: TagProps) {
  return <Tag {...props} color={PALETTE[color ?? 'default'] ?? PALETTE.default} />;
}
