namespace EduGov.Admission.Forecast;

internal static partial class ForecastPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["学龄人口预测"] = "Enrolment forecast",
        ["学校学龄人口预测"] = "School enrolment forecast",
        ["{0} · 学龄人口预测"] = "{0} · enrolment forecast",
        ["按出生人口和平滑的出生—入学比预测未来五年入学年级人数，按平滑的年级升级比预测其他年级；所需班数与学位计划比较，列出学位不足的学校。"] =
            "Entry-grade pupils for the next five years from births and smoothed birth-to-entry ratios, the other grades from smoothed grade progression ratios; the classes needed are compared with the seat plans and the schools short of seats are listed.",
        ["出生人口"] = "Births",
        ["历年在校生"] = "Enrolment history",
        ["学段"] = "Stage",
        ["全区{0}"] = "District · {0}",
        ["还没有在校生历史，无法预测。请导入历年在校生，或记录本学年在校生。"] =
            "No enrolment history yet, so there is no forecast. Import the enrolment history or record this school year's pupils.",
        ["学位不足的学校"] = "Schools short of seats",
        ["未来五年没有入学年级所需班数 × 班额超过学位计划的学校（没有学位计划的学校不参与比较）。"] =
            "No school needs more entry-grade classes × cap than its seat plan in the next five years (schools without a seat plan are not compared).",
        ["各校预测（{0}）"] = "Schools ({0})",
        ["没有在校生历史的学校（{0}）"] = "Schools without enrolment history ({0})",
        ["已记录 {0} 学年在校生：{1} 所学校 {2} 个年级，共 {3} 人。"] = "Recorded the {0} school year: {1} schools, {2} grades, {3} pupils.",
        ["数据情况"] = "Data",
        ["导入出生人口"] = "Import births",
        ["导入历年在校生"] = "Import enrolment history",
        ["记录本学年在校生"] = "Record this school year's pupils",
        ["全区出生人口"] = "District births",
        ["对口地段出生人口：{0} 所学校，出生学年 {1}"] = "Catchment births: {0} schools, cohorts {1}",
        ["在校生历史"] = "Enrolment history",
        ["{0} 学年 {1} 所学校"] = "{0}: {1} schools",
        ["无"] = "None",
        ["尚未记录本学年（{0} 学年）在校生。"] = "This school year's ({0}) pupils are not recorded yet.",
        ["出生学年 Y 指 Y-1 年 9 月 1 日至 Y 年 8 月 31 日出生，于 Y+6 年 9 月入读一年级。"] =
            "Cohort Y means born 1 September Y-1 to 31 August Y; these children enter grade 1 in September Y+6.",
        ["学校标识码"] = "School code",
        ["学校名称"] = "School name",
        ["下学年入学预测"] = "Next year's entrants",
        ["班额"] = "Class cap",
        ["入学学位"] = "Entry seats",
        ["最大学位缺口"] = "Largest shortfall",
        ["首个缺口学年"] = "First year short",
        ["入学年级回测误差"] = "Entry-grade back-test error",
        ["没有符合条件的学校。"] = "No matching schools.",
        ["横轴为学年（9 月起）；带 * 的为预测值。"] = "School years (from September) along the axis; * marks forecast years.",
        ["入学年级人数"] = "Entry-grade pupils",
        ["在校生总数"] = "Total pupils",
        ["显示各年级人数"] = "Show each grade",
        ["学年"] = "School year",
        ["入学年级所需班数"] = "Entry classes needed",
        ["所需班数合计"] = "Classes needed",
        ["学位缺口"] = "Seat shortfall",
        ["预测"] = "Forecast",
        ["实际"] = "Actual",
        ["所需班数 = ⌈人数 ÷ 班额 {0}⌉；学位缺口 = 入学年级所需班数 × 班额 − 入学学位（最新学位计划）。“—”表示缺少数据无法推算。"] =
            "Classes needed = ⌈pupils ÷ cap {0}⌉; shortfall = entry classes needed × cap − entry seats (latest seat plan). “—” means missing data.",
        ["回测误差（MAPE）"] = "Back-test error (MAPE)",
        ["用截至上一学年的数据预测下一学年，与实际人数比较的平均绝对百分比误差；少于 2 个可比学年时显示“数据不足”。"] =
            "Mean absolute percentage error of forecasting each year from the data up to the year before; “not enough data” with fewer than 2 comparable years.",
        ["入学年级"] = "Entry grade",
        ["{0}%（{1} 年）"] = "{0}% ({1} years)",
        ["数据不足"] = "Not enough data",
        ["预测起点：{0} 学年；平滑系数 α = {1}（{2}）"] = "Forecast from the {0} school year; smoothing α = {1} ({2})",
        ["入学比 {0}（{1}）"] = "Entry ratio {0} ({1})",
        ["按回测误差最小选定"] = "lowest back-test error",
        ["回测数据不足，取默认值"] = "default, too little data to back-test",
        ["指定"] = "given",
        ["本单位历年比值平滑"] = "own ratios smoothed",
        ["本校比值向全区收缩"] = "school ratio shrunk towards the district's",
        ["本校无历史比值，取全区比值"] = "no school history: the district's ratio",
        ["无历史比值，假定为 1"] = "no history: assumed 1",
        ["无可用比值"] = "no ratio available",
        ["还没有同时具有出生人口和一年级人数的学年，无法求出生—入学比，入学年级无法预测；请导入出生人口。"] =
            "No school year has both births and grade-1 pupils, so there is no birth-to-entry ratio and no entry-grade forecast; import births.",
        ["还没有同时具有上一学年六年级人数和初一人数的学年，无法求升学比，入学年级无法预测。"] =
            "No school year has both grade 6 of the year before and grade 7, so there is no progression ratio and no grade-7 forecast.",
        ["缺少出生学年 {0} 的出生人口，相应学年的入学年级无法预测；请导入出生人口。"] =
            "Births of cohort {0} are missing, so the entry grade of the matching years cannot be forecast; import births.",
        ["缺少 {0} 学年的六年级人数，相应学年的初一无法预测。"] = "Grade 6 of {0} is missing, so grade 7 of the following year cannot be forecast.",
        ["{0}还没有{1}在校生历史，无法预测。"] = "{0} has no {1} enrolment history yet, so there is no forecast.",
        ["按出生人口和出生—入学比推算"] = "From births and the birth-to-entry ratio",
        ["未导入本校对口地段出生人口，按本校占全区出生人口的比例推算"] = "No catchment births imported: from the school's share of the district's births",
        ["按上一学年六年级人数和升学比推算"] = "From last year's grade 6 and the progression ratio",
        ["按本校占全区上一学年六年级人数的比例推算"] = "From the school's share of last year's district grade 6",
    };
}
