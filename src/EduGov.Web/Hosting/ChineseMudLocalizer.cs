using EduGov.Platform.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EduGov.Web.Hosting;

/// <summary>Chinese for MudBlazor's own built-in texts; English falls back to MudBlazor's defaults.</summary>
internal sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Chinese = new()
    {
        ["MudDataGrid_Loading"] = "加载中…",
        ["MudTable_Loading"] = "加载中…",
        ["MudTablePager_FirstPage"] = "第一页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_LastPage"] = "最后一页",
        ["MudPagination_FirstPage"] = "第一页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_LastPage"] = "最后一页",
        ["MudAlert_Close"] = "关闭",
        ["MudDialog_Close"] = "关闭",
        ["MudSnackbar_Close"] = "关闭",
        ["MudChip_Close"] = "关闭",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Increment"] = "增加",
        ["MudInput_Decrement"] = "减少",
        ["MudSelect_SelectAll"] = "全选",
        ["MudNavGroup_ToggleExpand"] = "展开或收起",
    };

    public override LocalizedString this[string key] =>
        !Text.IsEnglish && Chinese.TryGetValue(key, out var value) ? new LocalizedString(key, value) : new LocalizedString(key, key, resourceNotFound: true);
}
