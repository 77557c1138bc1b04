// 合作伙伴网络（准入、授权编号）的中文文案；与 network.en.ts 键一一对应（类型检查保证）。
import type { NETWORK_MESSAGES_EN } from "./network.en.ts";

export const NETWORK_MESSAGES_ZH_CN: Record<keyof typeof NETWORK_MESSAGES_EN, string> = {
  "partner.creditCodeLength": "统一社会信用代码为 18 位，当前为 {length} 位。",
  "partner.creditCodeCharacter": "统一社会信用代码由数字和除 I、O、Z、S、V 以外的大写字母组成，{character} 不在其中。",
  "partner.creditCodeCheck": "统一社会信用代码的校验位与前 17 位不符（GB 32100-2015）：请检查是否输错。",
  "authorization.format": "授权编号格式为 SQ-31-2026-00042（SQ、省份代码、年份、5 位序号）。",
  "authorization.province": "{provinceCode} 不是 GB/T 2260 中的省级行政区划代码。",
};
