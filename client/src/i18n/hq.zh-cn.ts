import type { hqEn } from "./hq.en.ts";

type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

export const hqZhCN: Translated<typeof hqEn> = {
  periods: {
    title: "考核期",
    next: "下一个待关闭：{{period}}",
    nothingToClose: "没有可关闭的考核期：{{current}} 是当前考核期，尚未结束。",
    preview: {
      pass: "合格",
      fail: "不合格",
      insufficient: "数据不足",
      correctiveActions: "整改",
      proposals: "取消授权提议",
      escalations: "上报",
      joined: "并入待处理案件",
      policy: "评分规则版本",
    },
    close: "关闭 {{period}}…",
    confirmClose: "为整个网络关闭 {{period}}？评估结果将冻结并执行相应后果。只有最近关闭的考核期可以重新打开。",
    confirm: "确认关闭",
    reopenTitle: "重新打开 {{period}}",
    reopen: "重新打开 {{period}}…",
    reopenReason: "重新打开的原因",
    reopenExplained:
      "重新打开会撤回本次关闭中尚未处理的后果（无人处理的整改、待决的提议）；已生效的取消授权保留，若重新关闭后不再成立会被标记。",
    confirmReopen: "确认重新打开",
    closedOn: "关闭于 {{at}} · 评分规则第 {{version}} 版",
    reopened: "已重新打开：{{reason}}",
    open: "进行中",
  },
  revocations: {
    title: "取消授权",
    status: "状态",
    allStatuses: "全部状态",
    statusLabel: {
      PROPOSED: "待决定",
      ISSUED: "已取消授权",
      DISMISSED: "已驳回",
      REVERSED: "已撤销",
      WITHDRAWN: "已撤回",
    },
    empty: "没有该状态的提议。",
    raised: "由 {{period}} 的关闭产生",
    decision: "决定：{{reason}}",
    evidence: "不合格的评估",
    issue: "取消授权",
    dismiss: "驳回",
    reverse: "撤销",
    reason: "原因",
    effectiveDate: "生效日期",
    confirm: {
      issue: "取消 {{code}} 的授权？自生效日起不再接受新的记录。",
      dismiss: "驳回 {{code}} 的提议？其连续不合格次数保留。",
      reverse: "撤销 {{code}} 的取消授权？其连续不合格次数归零。",
    },
    escalations: "直营中心上报",
    noEscalations: "没有未处理的上报。",
    resolution: "处理结果",
    resolve: "处理完毕",
  },
};
