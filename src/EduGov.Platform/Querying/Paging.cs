using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Querying;

/// <summary>A page of a server-side list: page numbers start at 1; size is capped so no request reads a whole table.</summary>
public sealed record PageRequest(int Page = 1, int Size = 20, string? Sort = null, bool Descending = false)
{
    public const int MaxSize = 200;

    public int SafePage => Math.Max(1, Page);

    public int SafeSize => Math.Clamp(Size, 1, MaxSize);
}

public sealed record PageResult<T>(IReadOnlyList<T> Items, int Total, int Page, int Size)
{
    public int PageCount => Size == 0 ? 0 : (Total + Size - 1) / Size;
}

public static class PagingExtensions
{
    public static async Task<PageResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip((request.SafePage - 1) * request.SafeSize).Take(request.SafeSize).ToListAsync(ct);
        return new PageResult<T>(items, total, request.SafePage, request.SafeSize);
    }

    /// <summary>Applies a named sort from a whitelist; unknown names fall back to the default.</summary>
    public static IQueryable<T> SortBy<T>(this IQueryable<T> query, PageRequest request, IReadOnlyDictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> sorts, string defaultSort)
    {
        var key = request.Sort is not null && sorts.ContainsKey(request.Sort) ? request.Sort : defaultSort;
        return sorts[key](query, request.Descending);
    }

    public static IOrderedQueryable<T> Order<T, TKey>(this IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    /// <summary>
    /// A further sort key in the same direction as the first, so that a descending list reads one index backwards
    /// instead of sorting the whole table (ties under a descending sort come in reverse order too).
    /// </summary>
    public static IOrderedQueryable<T> ThenOrder<T, TKey>(this IOrderedQueryable<T> query, System.Linq.Expressions.Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.ThenByDescending(key) : query.ThenBy(key);
}
