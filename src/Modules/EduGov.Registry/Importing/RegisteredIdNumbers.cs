using EduGov.Platform.Importing;
using EduGov.Platform.Privacy;

namespace EduGov.Registry.Importing;

/// <summary>Rows whose ID number is already registered, naming the holder (masked) and their school, looked up in chunks by the lookup key.</summary>
internal static class RegisteredIdNumbers
{
    public sealed record Holder(string Lookup, string Name, string School);

    public static async Task<IEnumerable<ImportError>> FindAsync(IReadOnlyList<(int RowNumber, string Lookup)> rows, Func<string[], Task<List<Holder>>> holdersOf)
    {
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Lookup).Distinct().Chunk(500))
        {
            foreach (var holder in await holdersOf(chunk))
            {
                existing[holder.Lookup] = $"该证件号码已登记：{Masking.Name(holder.Name)}，{holder.School}";
            }
        }

        return rows.Where(r => existing.ContainsKey(r.Lookup)).Select(r => new ImportError(r.RowNumber, "证件号码", existing[r.Lookup]));
    }
}
