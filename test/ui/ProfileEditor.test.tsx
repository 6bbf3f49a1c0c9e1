/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { BUILT_IN_PROFILES, ProfileSchema, type Profile } from "../../src/core/profile";
import ProfileEditor from "../../src/ui/ProfileEditor";
import { renderUi } from "./render";
import { failOnConsoleErrors } from "./consoleGuard";

failOnConsoleErrors();

const central = BUILT_IN_PROFILES[0];

function section(name: string): HTMLElement {
  return screen.getByRole("group", { name });
}

describe("ProfileEditor", () => {
  test("shows every setting of the profile", () => {
    renderUi(<ProfileEditor initial={central} onSave={jest.fn()} />);
    expect(screen.getByLabelText("方案编号")).toHaveValue("central-2020");
    expect(screen.getByLabelText("满分")).toHaveValue("100");
    expect(screen.getAllByTestId("weight-row")).toHaveLength(3);
    expect(screen.getByLabelText("一级指标 2")).toHaveValue("效益指标");
    expect(within(section("预算执行率")).getByLabelText("执行率分值")).toHaveValue("10");
    expect(within(section("得分取整")).getByLabelText("取整方式")).toHaveValue("half-up");
    expect(screen.getByLabelText("部分达成得分比例")).toHaveValue("0.7");
    expect(screen.getByLabelText("部分达成区间下限")).toHaveValue("0.6");
    expect(screen.getByLabelText("超额处理")).toHaveValue("warn");
    expect(screen.getByLabelText("不适用标记")).toHaveValue("/, ／, —, -, 一, 不适用, 无此项");
    expect(screen.getByLabelText("剔除不适用指标后按满分折算")).toBeChecked();
    expect(screen.getByLabelText("中 的下限")).toHaveValue("60");
    expect(screen.getByLabelText("视为未填写的偏差原因")).toHaveValue(
      "无, 0, /, ／, —, -, ——, 无。, 暂无, 待补充, 待填写, 略, n/a, na, 无偏差, 没有偏差, 不存在偏差, 无原因, 不涉及, 不适用, 无此项",
    );
    expect(screen.getByLabelText("产出指标必备的二级指标")).toHaveValue("数量指标, 质量指标, 时效指标, 成本指标");
    for (const name of [
      "越低越好的关键词",
      "越高越好的关键词",
      "“达成”补充词语",
      "“部分达成”补充词语",
      "“未达成”补充词语",
    ]) {
      expect(screen.getByLabelText(name)).toHaveValue("");
    }
  });

  test("copying a built-in profile starts from it under a new id", () => {
    renderUi(<ProfileEditor initial={central} onSave={jest.fn()} />);
    fireEvent.change(screen.getByLabelText("从内置方案复制"), { target: { value: "sichuan" } });
    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    expect(screen.getByLabelText("方案编号")).toHaveValue("sichuan-custom");
    expect(screen.getByLabelText("名称（中文）")).toHaveValue("四川（执行率低于90%须说明原因）（自定义）");
    expect(screen.getByLabelText("执行率低于此值须说明原因（0–1，留空为不要求）")).toHaveValue("0.9");
  });

  test("rows are added and removed; an invalid value is refused next to its field; a valid profile is saved", async () => {
    const onSave = jest.fn<Promise<void>, [Profile]>(async () => undefined);
    renderUi(<ProfileEditor initial={central} onSave={onSave} />);
    fireEvent.click(screen.getByRole("button", { name: "删除 满意度指标" }));
    expect(screen.getAllByTestId("weight-row")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "添加一级指标" }));
    fireEvent.change(screen.getByLabelText("一级指标 3"), { target: { value: "社会满意度" } });
    const rows = screen.getAllByTestId("weight-row");
    fireEvent.change(within(rows[2]).getByLabelText("分值"), { target: { value: "十" } });
    fireEvent.change(screen.getByLabelText("超额阈值（0.2 即超出 20%）"), { target: { value: "-1" } });
    fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
    expect(within(rows[2]).getByText("请输入数字")).toBeInTheDocument();
    const overSection = section("超额完成");
    expect(within(overSection).getByText("不能小于 0")).toBeInTheDocument();
    expect(screen.getByText("有 2 处需要修改，未保存。")).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(within(rows[2]).getByLabelText("分值"), { target: { value: "10" } });
    fireEvent.change(screen.getByLabelText("超额阈值（0.2 即超出 20%）"), { target: { value: "0.25" } });
    fireEvent.change(screen.getByLabelText("超额处理"), { target: { value: "deduct" } });
    fireEvent.click(screen.getByLabelText("剔除不适用指标后按满分折算"));
    fireEvent.change(screen.getByLabelText("越低越好的关键词"), { target: { value: "投诉率，差错率" } });
    fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const saved = onSave.mock.calls[0][0];
    expect(ProfileSchema.safeParse(saved).success).toBe(true);
    expect(saved.level1Weights).toEqual({ 产出指标: 50, 效益指标: 30, 社会满意度: 10 });
    expect(saved.overAchievement).toEqual({ threshold: 0.25, action: "deduct" });
    expect(saved.notApplicable.rescale).toBe(false);
    expect(saved.lowerIsBetter).toEqual(["投诉率", "差错率"]);
    expect(await screen.findByText("评分方案已保存到本工作簿。")).toBeInTheDocument();
    expect(screen.queryByText("不能小于 0")).not.toBeInTheDocument();
  });

  test("a failing save is reported", async () => {
    renderUi(<ProfileEditor initial={central} onSave={() => Promise.reject(new Error("工作簿为只读"))} />);
    fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
    expect(await screen.findByText("保存失败：工作簿为只读")).toBeInTheDocument();
  });

  test("English labels and messages", () => {
    renderUi(<ProfileEditor initial={central} onSave={jest.fn()} />, "en");
    fireEvent.change(screen.getByLabelText("Full mark"), { target: { value: "-5" } });
    fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect(screen.getByText("Must be greater than 0")).toBeInTheDocument();
    expect(screen.getByText("Fields to fix: 1. Nothing was saved.")).toBeInTheDocument();
  });
});
