namespace EduGov.Lottery;

/// <summary>
/// The seed of a draw: <c>hex(SHA-256(UTF-8("edugov-lottery/v1|" + manifest_sha256 + "|" + public_draw + "|" + dice_1 + "|" + … + "|" + dice_n)))</c>.
/// The manifest digest binds it to the frozen list, the public draw is announced in advance and known only after the
/// freeze, and the dice are rolled at the ceremony by parent representatives and the notary: no single party controls it.
/// </summary>
public static class LotterySeed
{
    /// <summary>The algorithm version, the first part of the hashed text.</summary>
    public const string Version = "edugov-lottery/v1";

    /// <summary>Derives the seed (64 lower-case hex digits).</summary>
    /// <param name="manifestSha256">The published manifest digest, 64 lower-case hex digits.</param>
    /// <param name="publicDraw">The public value announced in advance (e.g. a lottery result), used exactly as written;
    /// not empty, without "|" or line breaks.</param>
    /// <param name="dice">The digits rolled at the ceremony, one string per party, in the order announced; at least one.</param>
    /// <exception cref="LotteryInputException">An input is malformed.</exception>
    public static string Derive(string manifestSha256, string publicDraw, IReadOnlyList<string> dice)
    {
        LotteryText.RequireDigest(manifestSha256, "清单摘要 manifest_sha256 ");
        RequirePublicDraw(publicDraw);
        RequireDice(dice);
        return LotteryText.Sha256Hex(string.Join(LotteryText.Separator, [Version, manifestSha256, publicDraw, .. dice]));
    }

    private static void RequirePublicDraw(string? publicDraw)
    {
        if (string.IsNullOrEmpty(publicDraw))
        {
            throw new LotteryInputException("公开开奖号码（public_draw）不能为空。");
        }

        if (publicDraw.AsSpan().ContainsAny('\r', '\n'))
        {
            throw new LotteryInputException($"公开开奖号码“{LotteryText.Show(publicDraw)}”含换行符，不能使用。");
        }

        LotteryText.RequireNoSeparator(publicDraw, "公开开奖号码");
        LotteryText.RequireValidUnicode(publicDraw, "公开开奖号码");
    }

    private static void RequireDice(IReadOnlyList<string> dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        if (dice.Count == 0)
        {
            throw new LotteryInputException("至少需要一组骰子数字。");
        }

        for (var i = 0; i < dice.Count; i++)
        {
            if (string.IsNullOrEmpty(dice[i]) || dice[i].AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                throw new LotteryInputException($"第 {i + 1} 组骰子“{LotteryText.Show(dice[i] ?? "")}”只能包含数字 0–9，且不能为空。");
            }
        }
    }
}
