/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { RunBar } from "../../src/ui/RunBar";
import { UndoButton } from "../../src/ui/UndoButton";
import { profileChoices, resolveProfile } from "../../src/ui/profiles";
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import { FakeHost } from "./fakes";
import { renderUi } from "./render";
import { failOnConsoleErrors } from "./consoleGuard";

failOnConsoleErrors();

describe("RunBar", () => {
  test("offers three modes and the profiles; everything is locked while a run is busy", () => {
    const onRun = jest.fn();
    const view = renderUi(
      <RunBar
        mode="score"
        onModeChange={jest.fn()}
        profiles={profileChoices("zh", null)}
        profileId="central-2020"
        onProfileChange={jest.fn()}
        infoMarks={false}
        onInfoMarksChange={jest.fn()}
        onRun={onRun}
        busy={false}
      />,
    );
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "评分（写入得分）",
      "核对已填得分（不改得分）",
      "目标审核（只检查，不写入）",
      "中央部门（财预〔2020〕10号）",
      "湖北/江西（定性三档 80-50，预算执行率20分）",
      "四川（执行率低于90%须说明原因）",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    expect(onRun).toHaveBeenCalledTimes(1);
    view.rerender(
      <RunBar
        mode="score"
        onModeChange={jest.fn()}
        profiles={profileChoices("zh", null)}
        profileId="central-2020"
        onProfileChange={jest.fn()}
        infoMarks={false}
        onInfoMarksChange={jest.fn()}
        onRun={onRun}
        busy
      />,
    );
    expect(screen.getByRole("button", { name: /正在评分/ })).toBeDisabled();
    expect(screen.getByLabelText("模式")).toBeDisabled();
    expect(screen.getByRole("checkbox", { name: "在工作簿中也标出蓝色提示" })).toBeDisabled();
  });

  test("the blue-hints setting: off as given, reports a tick, says what it marks, and has no effect in target review", () => {
    const onInfoMarksChange = jest.fn();
    const props = {
      onModeChange: jest.fn(),
      profiles: profileChoices("zh", null),
      profileId: "central-2020",
      onProfileChange: jest.fn(),
      onRun: jest.fn(),
      busy: false,
    };
    const view = renderUi(<RunBar {...props} mode="score" infoMarks={false} onInfoMarksChange={onInfoMarksChange} />);
    const box = screen.getByRole("checkbox", { name: "在工作簿中也标出蓝色提示" });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/不勾选时只标出错误（红）和警告（黄）/);
    fireEvent.click(box);
    expect(onInfoMarksChange).toHaveBeenLastCalledWith(true);
    view.rerender(<RunBar {...props} mode="check" infoMarks onInfoMarksChange={onInfoMarksChange} />);
    expect(screen.getByRole("checkbox", { name: "在工作簿中也标出蓝色提示" })).toBeDisabled();
  });

  test("a document profile replaces the built-in of the same id and falls back sensibly", () => {
    const doc = { ...BUILT_IN_PROFILES[2], fullMark: 120 };
    expect(profileChoices("en", doc).map((c) => c.label)).toEqual([
      "Sichuan (rate below 90% needs a reason) (this workbook)",
      "Central (MoF 2020 No. 10)",
      "Hubei/Jiangxi (bands 80-50, funding 20)",
    ]);
    expect(resolveProfile("sichuan", doc).fullMark).toBe(120);
    expect(resolveProfile("gone", doc)).toBe(doc);
    expect(resolveProfile("gone", null).id).toBe("central-2020");
  });
});

describe("UndoButton", () => {
  test("a refused undo shows the host's reason and stays enabled while the host can still undo", async () => {
    const host = new FakeHost();
    host.undoAvailable = true;
    host.undoOutcome = { ok: false, restored: 0, message: "工作表已被修改，无法撤销评分" };
    host.undoLast.mockImplementation(async () => host.undoOutcome);
    renderUi(<UndoButton host={host} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销评分" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "撤销评分" }));
    expect(await screen.findByText("工作表已被修改，无法撤销评分")).toBeInTheDocument();
    await waitFor(() => expect(host.canUndo).toHaveBeenCalledTimes(2));
    expect(screen.getByRole("button", { name: "撤销评分" })).toBeEnabled();
  });

  test("an undo that throws is reported as 撤销失败", async () => {
    const host = new FakeHost();
    host.undoAvailable = true;
    host.undoLast.mockRejectedValueOnce(new Error("连接已断开"));
    renderUi(<UndoButton host={host} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销评分" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "撤销评分" }));
    expect(await screen.findByText("撤销失败：连接已断开")).toBeInTheDocument();
  });
});
