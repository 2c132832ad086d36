import {
  AlignLeftOutlined,
  ApartmentOutlined,
  BorderOuterOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  EditOutlined,
  FieldNumberOutlined,
  FileTextOutlined,
  FontSizeOutlined,
  LinkOutlined,
  MoneyCollectOutlined,
  NumberOutlined,
  PaperClipOutlined,
  PictureOutlined,
  QuestionOutlined,
  SwapOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { FieldKind } from '../designer/field-kinds.ts';

const icons: Record<FieldKind, ReactNode> = {
  text: <FontSizeOutlined />,
  textarea: <AlignLeftOutlined />,
  number: <NumberOutlined />,
  integer: <FieldNumberOutlined />,
  money: <MoneyCollectOutlined />,
  date: <CalendarOutlined />,
  'date-time': <ClockCircleOutlined />,
  select: <CheckSquareOutlined />,
  'multi-select': <UnorderedListOutlined />,
  cascader: <BranchesOutlined />,
  switch: <SwapOutlined />,
  file: <PaperClipOutlined />,
  image: <PictureOutlined />,
  richtext: <FileTextOutlined />,
  member: <UserOutlined />,
  department: <ApartmentOutlined />,
  record: <LinkOutlined />,
  section: <BorderOuterOutlined />,
  custom: <QuestionOutlined />,
};

export function KindIcon({ kind }: { kind: FieldKind }) {
  return icons[kind] ?? <EditOutlined />;
}
