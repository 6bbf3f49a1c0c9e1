// The operating system's errors in Chinese: every error code a file operation of the command line can meet gets a
// plain reason, so no raw ENOENT or ENAMETOOLONG reaches a finance user.

const REASONS: Record<string, string> = {
  ENAMETOOLONG: "文件名或路径过长（超过系统允许的长度，文件名最多255字节，约85个汉字）",
  ENOENT: "路径不存在（文件夹可能已被移走或删除）",
  EACCES: "没有权限（只读文件夹，或文件被设为只读？）",
  EPERM: "没有权限（只读文件夹，或文件被设为只读？）",
  EROFS: "没有写权限（只读磁盘或只读文件夹）",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "磁盘配额已满",
  EEXIST: "路径中有一段是已存在的文件，不是文件夹",
  ENOTDIR: "路径中有一段是已存在的文件，不是文件夹",
  EISDIR: "这是一个文件夹，请给出文件名",
  EMFILE: "同时打开的文件过多，请稍后重试或减少 --jobs",
  ENFILE: "系统同时打开的文件过多，请稍后重试",
  EBUSY: "文件正被其他程序使用（如Excel或WPS正打开它），请关闭后重试",
  ETXTBSY: "文件正被其他程序使用，请关闭后重试",
  EIO: "磁盘读写错误（磁盘或网络盘可能有故障）",
  EXDEV: "不能跨磁盘移动文件",
  ELOOP: "路径中的符号链接形成了循环",
  EAGAIN: "资源暂时不可用，请稍后重试",
  ETIMEDOUT: "网络盘响应超时",
  ECONNRESET: "网络盘连接中断",
  EFBIG: "文件超过了文件系统允许的大小",
};

/** Why a file operation failed, in Chinese; an unknown code is named after a Chinese sentence. */
export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return code ? `系统错误（${code}）` : `系统错误（${e instanceof Error ? e.message : String(e)}）`;
}
