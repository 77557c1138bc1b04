// Demo sign-ins: two headquarters admins (issuing a revocation takes two), a complaint handler, and a
// manager and two auditors per region.

export const DEMO_PASSWORD = "Demo-Pass-2026";
export const DEMO_EMAIL_DOMAIN = "demo.franchise-audit.cn";

export const DEMO_HQ = { email: `hq@${DEMO_EMAIL_DOMAIN}`, name: "总部质量部 · 周敏" };
export const DEMO_HQ_SECOND = { email: `hq2@${DEMO_EMAIL_DOMAIN}`, name: "总部法务部 · 陈静" };
export const DEMO_HANDLER = { email: `complaints@${DEMO_EMAIL_DOMAIN}`, name: "投诉受理台 · 林晓" };

export function demoManagerEmail(regionCode: string): string {
  return `manager.${regionCode.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`;
}

export function demoAuditorEmail(regionCode: string, n: 1 | 2): string {
  return `auditor${n}.${regionCode.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`;
}

/** The sign-ins `npm start` prints. */
export const DEMO_SIGN_INS = [
  { role: "HQ_ADMIN", email: DEMO_HQ.email, scope: "all regions" },
  { role: "HQ_ADMIN", email: DEMO_HQ_SECOND.email, scope: "all regions (the second approval)" },
  { role: "COMPLAINT_HANDLER", email: DEMO_HANDLER.email, scope: "all regions" },
  { role: "REGIONAL_MANAGER", email: demoManagerEmail("EAST"), scope: "East China" },
  { role: "AUDITOR", email: demoAuditorEmail("EAST", 1), scope: "East China" },
  { role: "AUDITOR", email: demoAuditorEmail("SOUTH", 1), scope: "South China" },
] as const;

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "孙", "徐", "马", "朱", "胡", "郭", "何"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "霞", "平"];

export function demoPersonName(index: number): string {
  return `${SURNAMES[index % SURNAMES.length]}${GIVEN[(index * 7 + 3) % GIVEN.length]}`;
}
