import { deskZhCN } from "./desk.zh-cn.ts";
import { adminZhCN } from "./admin.zh-cn.ts";
import { hqZhCN } from "./hq.zh-cn.ts";
import { dashboardZhCN } from "./dashboard.zh-cn.ts";
import type { Messages } from "./en.ts";
import { recordsZhCN } from "./records.zh-cn.ts";

type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

export const zhCN: Translated<Messages> = {
  ...recordsZhCN,
  ...dashboardZhCN,
  ...hqZhCN,
  ...adminZhCN,
  ...deskZhCN,
  app: { title: "服务网络质量审核", subtitle: "售后服务网点质量管理" },
  nav: {
    centers: "服务中心",
    myReports: "我的报告",
    scorecard: "评分看板",
    correctiveActions: "整改任务",
    periods: "考核期",
    revocations: "取消授权",
    policy: "评分规则",
    admin: "系统管理",
    auditLog: "审计日志",
    reports: "报告",
    callbackEntry: "录入回访",
    callbackImport: "导入回访",
    complaints: "投诉受理台",
    deskDashboard: "受理时效",
    complaintImport: "导入投诉",
    penalties: "处罚台账",
    main: "主导航",
    openMenu: "菜单",
    closeMenu: "关闭菜单",
  },
  role: { AUDITOR: "审核员", REGIONAL_MANAGER: "区域经理", HQ_ADMIN: "总部", COMPLAINT_HANDLER: "投诉受理" },
  signIn: {
    title: "登录",
    email: "邮箱",
    password: "密码",
    submit: "登录",
    submitting: "正在登录…",
  },
  signOut: "退出登录",
  language: "语言",
  cancel: "取消",
  loading: "加载中…",
  loadFailed: "加载失败：{{message}}",
  centers: {
    title: "服务中心",
    count: "共 {{count, number}} 家",
    search: "搜索名称、编码或城市",
    allRegions: "全部区域",
    allKinds: "全部类型",
    empty: "没有符合条件的服务中心。请清除搜索或选择其他区域。",
    col: {
      code: "编码",
      name: "名称",
      kind: "类型",
      region: "区域",
      city: "城市",
      tier: "城市等级",
      partner: "运营商",
      status: "状态",
      streak: "连续不合格",
    },
    tier: "{{tier}} 线",
  },
  kind: { DIRECT: "直营", AUTHORIZED: "授权" },
  status: { ACTIVE: "正常", CORRECTIVE_ACTION: "整改中", PENDING_REVOCATION: "待取消授权", REVOKED: "已取消授权" },
  sort: { ascending: "升序", descending: "降序" },
};
