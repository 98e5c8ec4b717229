using System.Security.Cryptography;
using System.Text;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Platform.Security;

/// <summary>Issues and revokes machine credentials. The token is shown once; only its SHA-256 is kept.</summary>
public sealed class ApiTokens(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public const string Prefix = "egv_";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<string> IssueAsync(string userName, string name, int validDays, CancellationToken ct = default)
    {
        if (validDays is < 1 or > 366)
        {
            throw new InvalidInputException(nameof(validDays), "令牌有效期应为 1 到 366 天");
        }

        var normalized = userName.Trim().ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized && u.IsActive, ct)
            ?? throw new NotFoundException($"账号“{userName}”不存在或已停用。");
        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id,
            Name = name.Trim(),
            Prefix = token[..12],
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays),
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
