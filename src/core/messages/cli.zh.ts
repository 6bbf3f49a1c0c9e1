// 命令行的全部文字（中文）：用法错误、每个文件的摘要、运行提示、汇总表与报告初稿、系统错误。与 cli.en.ts 逐项对应。
import { fmtScore } from "../score/rounding";
import type { CliMessages } from "./cli";

const SYSTEM: Record<string, string> = {
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
  // our own codes beside the system's
  ENOTREG: "这不是普通文件，而是管道、设备或套接字",
  ECHANGED:
    "读取后该文件已被其他程序修改、替换或移走（如在Excel或WPS中保存了它）；为不覆盖这些修改，评分结果未写回，请关闭其他程序后重新运行",
  EREADONLY: "文件被设为只读，不原地改写；如确需写回，请先取消只读，或改用 --out",
  EOPEN:
    "文件正在Excel、WPS或LibreOffice中打开（同一文件夹中有它的锁文件）；原地改写会被该程序下次保存时覆盖，或覆盖其中未保存的修改，因此未写回；请先关闭文件（如确已关闭，是上次异常退出留下的锁文件，可将其删除），或改用 --out",
  ELINK:
    "这是指向另一个文件的链接：原地改写会用评分结果替换链接本身，而它指向的文件仍未评分，因此未写回；请直接给出原文件，或改用 --out",
  EBADNAME:
    "名称不是UTF-8编码（多为在Windows上压缩、在Linux上解压的GBK文件名），无法按名打开；请用 unzip -O GBK 重新解压，或用 convmv -f gbk -t utf-8 --notest 改名后再评分",
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

/** The command line's texts in Chinese. */
export const cliZh: CliMessages = {
  help: `selfeval —— 绩效自评表评分工具（.xlsx）

用法：
  selfeval score <文件或文件夹...> [--out 目录] [--in-place] [--profile 方案ID|方案文件] [--audit] [--json 报告路径]
                 [--summary 汇总表.xlsx] [--info-marks | --clean] [--lang zh|en] [--jobs N]
  selfeval check <文件或文件夹...> [--profile 方案ID|方案文件] [--json 报告路径] [--summary 汇总表.xlsx] [--lang zh|en]
  selfeval report <文件或文件夹...> [--out 自评报告.docx|目录] [--profile 方案] [--lang zh|en]
  selfeval profiles
  selfeval --help | --version

score         把得分、预算执行率、总分、等级和提示写入副本（默认在原文件旁生成“<文件名>.scored.xlsx”，
              用 --out 则写到该目录）；--in-place 原地改写（先写临时文件再替换），并保留“<文件名>.before-selfeval.xlsx”备份
              （再次运行另存为“…before-selfeval（2）.xlsx”等，最初的备份从不覆盖；--no-backup 不留备份）
--audit       核对已填得分：保留表中原有得分，与规则不一致的标记为 SCORE_DIFFERS（写在副本上）
--info-marks  副本中连“提示”也标记；默认只标记错误和警告
--clean       只写得分、总分和等级，不加任何标记和评分说明列（不能与 --audit 或 check 同时使用）
check         只审核指标设置，除报告外不写任何文件
退出码：0 全部处理完成；1 有文件无法读取或写入；2 用法错误。`,
  reportHelp: `汇总与报告：
  selfeval score|check <文件或文件夹...> --summary 汇总表.xlsx   另写一份汇总表：每个指标表一行（文件链接到评分后的副本），需要处理的在前
  selfeval report <文件或文件夹...> [--out 自评报告.docx|目录] [--profile 方案] [--lang zh|en] [--summary 汇总表.xlsx]
           按评分结果为每个项目支出表、部门整体支出表写一份自评报告初稿（.docx，需人工填写的部分标为【请填写：…】）；
           不写工作簿。默认写在原文件旁“<文件名>.自评报告.docx”；一个文件有多张表时文件名带工作表名`,
  unknownCommand: (p) => `未知命令“${p.command}”。可用命令：score、check、report、profiles（selfeval --help 查看用法）`,
  needsValue: (p) => `${p.flag} 需要一个值`,
  langValue: () => "--lang 只能是 zh 或 en",
  jobsValue: () => "--jobs 需要1到64之间的整数",
  unknownOption: (p) => `未知选项“${p.option}”（selfeval --help 查看用法）`,
  noInputs: () => "请指定要评分的工作簿文件或文件夹",
  inPlaceWithOut: () => "--in-place 与 --out 不能同时使用",
  auditInPlace: () => "核对已填得分（--audit）只在副本上标记，不能与 --in-place 同时使用",
  checkWrites: () => "check 只生成报告，不写工作簿；请去掉 --out / --in-place",
  reportInPlace: () => "report 只写自评报告，不改工作簿；请去掉 --in-place / --audit",
  summaryNotXlsx: () => "--summary 需要一个 .xlsx 文件名，例如 汇总表.xlsx",
  cleanWithAudit: () => "--clean 写一份不带标记的评分副本，不能与 --audit 或 check 同时使用",
  profileNotFound: (p) => `找不到评分方案“${p.spec}”：既不是内置方案（${p.ids.join("、")}），也不是文件`,
  profileNotJson: (p) => `评分方案文件“${p.spec}”不是有效的JSON：${p.reason}`,
  profileUnreadable: (p) => `无法读取评分方案文件“${p.spec}”：${p.reason}`,
  profileTooLarge: (p) =>
    `评分方案文件“${p.spec}”大小${(p.bytes / 2 ** 20).toFixed(1)}MB，超过${p.limitBytes / 2 ** 20}MB，不是评分方案，未读取`,
  profileInvalid: (p) =>
    `评分方案文件“${p.spec}”有误：${p.problems.map((x) => `${x.path || "(根)"}：${x.message}`).join("；")}`,
  profileLine: (p) => `${p.id.padEnd(20)} ${p.name}${p.isDefault ? "（默认）" : ""}`,
  tableLine: (t) => {
    const fund = t.funding ? `预算执行率${(t.funding.rate * 100).toFixed(2)}%得${fmtScore(t.funding.score)}分，` : "";
    const result =
      t.result === "check-only"
        ? "只检查，不计分"
        : t.result === "withheld"
          ? "总分暂缺（有待人工处理的指标）"
          : `总分${fmtScore(t.result.total)}，${t.result.grade ? `等级${t.result.grade}` : "暂不评定等级"}`;
    return `${t.sheet}!${t.range}（${t.indicators}项指标）：${fund}${result}；错误${t.counts.error}，警告${t.counts.warning}，提示${t.counts.info}`;
  },
  nextSteps: (p) => `下一步：${p.line}`,
  moreFindings: (p) => `……另有${p.n}条错误和警告，见评分后副本中的批注或 --json 报告`,
  missing: (p) => `找不到文件或文件夹“${p.path}”`,
  unreadableFolder: (p) => `无法打开文件夹“${p.path}”：${p.reason}，其中的文件未处理`,
  skippedLink: (p) =>
    `已跳过“${p.path}”：这是指向另一个文件夹的链接，不跟随（以免重复或循环评分）；如需评分，请直接给出该文件夹`,
  skippedOutput: (p) => `已跳过输出文件夹“${p.path}”：其中是评分后的副本，不再重复评分`,
  notProcessed: (p) => `未处理：${p.reason}`,
  processed: (p) => `共处理${p.files}个文件，${p.failed}个未能完成。`,
  reportFailed: (p) => `无法写入报告“${p.file}”：${p.reason}`,
  readFailed: (p) => `无法读取文件：${p.reason}`,
  writeFailed: (p) => `无法写入“${p.target}”：${p.reason}，原文件未改动`,
  cleared: (p) => `  i 此文件曾评过分：已去掉上次在${p.n}个单元格留下的颜色和批注（这些单元格本次没有问题）`,
  lockedOut: (p) =>
    `未处理：另一个selfeval（进程${p.pid}，${p.since}开始）正在原地改写此文件夹中的文件；为免两次运行互相覆盖备份，请等它结束后再运行。原文件未改动`,
  summaryWritten: (p) => `汇总表：${p.file}（${p.rows}行，需要处理的在前）`,
  summaryFailed: (p) => `无法写入汇总表“${p.file}”：${p.reason}`,
  draftWritten: (p) => `自评报告初稿：${p.file}`,
  draftFailed: (p) => `无法写入自评报告“${p.file}”：${p.reason}`,
  noDrafts: () => "没有可写自评报告的指标表（只有绩效目标表、缺少实际完成值列的表，或文件未能读取）。",
  system: (p) => (p.code && SYSTEM[p.code]) || `系统错误（${p.code ?? p.detail}）`,
};
