import type { ErrorMessages } from '../en/errors';

export const errors: ErrorMessages = {
  network: '无法连接服务器。请检查网络连接后重试。',
  /** Between the allowed values of a list. */
  listSeparator: '、',
  code: {
    validation_failed: '部分字段无效。',
    not_found: '未找到：可能已被删除。',
    conflict: '与现有数据冲突。',
    stale_revision: '其他人已修改此内容。请刷新页面后重新修改。',
    unauthenticated: '请先登录。',
    forbidden: '您无权执行此操作。',
    forbidden_role: '作为{{roleName}}，您无权执行此操作。',
    rate_limited: '尝试次数过多。请等待一分钟后重试。',
    internal_error: '服务器出错，已记录。请稍后重试。',
  },
  issue: {
    required: '此字段为必填项。',
    original_required: '请用原文语言填写文本。',
    too_short: '请至少输入 {{minimum}} 个字符。',
    too_long: '最多输入 {{maximum}} 个字符。',
    too_few: '请至少选择 {{minimum}} 项。',
    too_many: '最多选择 {{maximum}} 项。',
    too_small: '允许的最小值为 {{minimum}}。',
    too_big: '允许的最大值为 {{maximum}}。',
    not_a_number: '请输入数字。',
    invalid_enum: '请从以下选项中选择：{{allowed}}。',
    invalid_format: '此值格式不正确。',
    invalid_format_email: '请输入电子邮件地址，例如 name@example.org。',
    invalid_format_url: '请输入以 https:// 开头的网址。',
    unknown_keys: '未知字段：{{keys}}。',
    unknown_reference: '“{{value}}”不存在（或已被删除）。',
    invalid: '此值无效。',
  },
};
