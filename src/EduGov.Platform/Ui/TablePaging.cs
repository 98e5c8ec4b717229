using EduGov.Platform.Querying;
using MudBlazor;

namespace EduGov.Platform.Ui;

public static class TablePaging
{
    public static readonly int[] PageSizes = [20, 50, 100];

    public static PageRequest ToPageRequest(this TableState state) =>
        new(state.Page + 1, state.PageSize, string.IsNullOrEmpty(state.SortLabel) ? null : state.SortLabel, state.SortDirection == SortDirection.Descending);

    public static TableData<T> ToTableData<T>(this PageResult<T> page) => new() { Items = page.Items, TotalItems = page.Total };
}
