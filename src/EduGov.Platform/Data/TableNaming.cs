using System.Text;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Data;

public static class TableNaming
{
    /// <summary>Names every table of a module <c>{module}_{entity_in_snake_case}</c>, unless configured otherwise.</summary>
    public static void UseModuleTableNames(this ModelBuilder modelBuilder, string module)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned() || entity.ClrType == typeof(Audit.AuditEvent))
            {
                continue;
            }

            var name = entity.ClrType.Name.Split('`')[0];
            if (name.StartsWith("Identity", StringComparison.Ordinal))
            {
                name = name["Identity".Length..];
            }

            entity.SetTableName($"{module}_{ToSnakeCase(name)}");
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
