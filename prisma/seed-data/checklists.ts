// The demo checklists follow the repair flow: diagnose → quote confirmed → repair → quality check
// → hand-over with a work order. Critical items cap the report score when failed.

export interface DemoChecklistItem {
  code: string;
  labelZh: string;
  labelEn: string;
  weight: number;
  critical?: boolean;
}

export const VISIT_CHECKLIST: DemoChecklistItem[] = [
  {
    code: "GREETING",
    labelZh: "进店 1 分钟内主动接待并问候",
    labelEn: "Greeted within one minute of arrival",
    weight: 5,
  },
  {
    code: "WAITING_TIME",
    labelZh: "取号后 15 分钟内开始受理",
    labelEn: "Served within 15 minutes of taking a ticket",
    weight: 5,
  },
  {
    code: "DIAGNOSIS_SHOWN",
    labelZh: "向顾客展示并解释检测结果",
    labelEn: "Diagnosis shown and explained to the customer",
    weight: 10,
  },
  {
    code: "QUOTE_CONFIRMED",
    labelZh: "维修前报价并经顾客确认",
    labelEn: "Quote confirmed by the customer before repair",
    weight: 15,
  },
  {
    code: "PRICE_MATCHES_LIST",
    labelZh: "收费与官方公布价格一致",
    labelEn: "Charge matches the published price list",
    weight: 15,
    critical: true,
  },
  {
    code: "GENUINE_PARTS",
    labelZh: "使用原厂配件并出示防伪码",
    labelEn: "Genuine parts used, anti-counterfeit code shown",
    weight: 15,
    critical: true,
  },
  {
    code: "DATA_PRIVACY",
    labelZh: "维修前提醒备份并保护顾客数据",
    labelEn: "Customer reminded to back up; data protected",
    weight: 5,
  },
  {
    code: "QUALITY_CHECK",
    labelZh: "交付前完成质检并当面演示",
    labelEn: "Quality check done and demonstrated at hand-over",
    weight: 10,
  },
  {
    code: "WORK_ORDER_WARRANTY",
    labelZh: "提供工单并说明 90 天维修保修",
    labelEn: "Work order given, 90-day repair warranty explained",
    weight: 10,
  },
  {
    code: "CLEAN_BRANDED",
    labelZh: "门店整洁，品牌形象符合标准",
    labelEn: "Store clean, brand identity to standard",
    weight: 5,
  },
  { code: "FAREWELL", labelZh: "礼貌送别并告知回访", labelEn: "Polite farewell, callback announced", weight: 5 },
];

export const SPOT_CHECK_CHECKLIST: DemoChecklistItem[] = [
  { code: "UNIFORM_BADGE", labelZh: "员工着工装并佩戴工牌", labelEn: "Staff in uniform with name badge", weight: 5 },
  {
    code: "ESD_PROTECTION",
    labelZh: "维修时佩戴防静电手环",
    labelEn: "Anti-static wrist strap worn during repair",
    weight: 10,
  },
  {
    code: "REPAIR_IN_VIEW",
    labelZh: "维修在透明维修区进行",
    labelEn: "Repair done in the customer-visible area",
    weight: 10,
  },
  {
    code: "PARTS_FROM_SEALED_STOCK",
    labelZh: "配件从密封库存取出并扫码",
    labelEn: "Part taken from sealed stock and scanned",
    weight: 20,
    critical: true,
  },
  {
    code: "NO_UNRECORDED_PAYMENT",
    labelZh: "无工单外私下收费",
    labelEn: "No payment taken outside the work order",
    weight: 20,
    critical: true,
  },
  { code: "QUALITY_CHECK_FILMED", labelZh: "质检过程可见", labelEn: "Quality check visible on footage", weight: 10 },
  {
    code: "DEVICE_SECURED",
    labelZh: "待修设备存放于安全区域",
    labelEn: "Devices awaiting repair stored securely",
    weight: 10,
  },
  { code: "WORKBENCH_TIDY", labelZh: "工作台整洁有序", labelEn: "Workbench clean and orderly", weight: 5 },
];

export { VISIT_SCENARIOS } from "../../shared/schemas/reports.ts";
