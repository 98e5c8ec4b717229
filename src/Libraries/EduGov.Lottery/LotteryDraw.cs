namespace EduGov.Lottery;

/// <summary>"Pick k of n": every applicant of a pool gets a lottery number; the k smallest are selected.</summary>
public static class LotteryDraw
{
    /// <summary>Runs a draw with single tie-breaking (<see cref="LotteryNumber.For(string, string)"/>).</summary>
    /// <param name="seed">The seed from <see cref="LotterySeed.Derive"/>.</param>
    /// <param name="tokens">The pool's tokens, in any order.</param>
    /// <param name="seats">The number of places, k ≥ 0; when k ≥ n everyone is selected.</param>
    /// <exception cref="LotteryInputException">The seed, a token or the number of seats is not usable.</exception>
    public static DrawResult Run(string seed, IEnumerable<string> tokens, int seats)
    {
        LotteryText.RequireDigest(seed, "种子 seed ");
        return Run(LotteryManifest.Create(tokens), seed, schoolId: null, seats);
    }

    /// <summary>Runs a draw with multiple tie-breaking: the numbers are the school's own (<see cref="LotteryNumber.For(string, string, string)"/>).</summary>
    /// <exception cref="LotteryInputException">The seed, the school id, a token or the number of seats is not usable.</exception>
    public static DrawResult Run(string seed, string schoolId, IEnumerable<string> tokens, int seats)
    {
        LotteryText.RequireDigest(seed, "种子 seed ");
        LotteryText.RequirePart(schoolId, "学校标识 school_id ");
        return Run(LotteryManifest.Create(tokens), seed, schoolId, seats);
    }

    /// <summary>The seed, school id and tokens are checked by now, so the numbers are computed without checking them again.</summary>
    private static DrawResult Run(LotteryManifest manifest, string seed, string? schoolId, int seats)
    {
        if (seats < 0)
        {
            throw new LotteryInputException($"名额不能为负数，当前为 {seats}。");
        }

        var rows = manifest.Tokens
            .Select(token => (Token: token, Number: LotteryNumber.Compute(seed, schoolId, token)))
            .OrderBy(entry => entry.Number)
            .ThenBy(entry => entry.Token, CodePointOrder.Instance)
            .Select((entry, index) => new DrawRow(index + 1, entry.Token, entry.Number, index < seats))
            .ToList();
        return new DrawResult(manifest, seed, schoolId, seats, rows.AsReadOnly());
    }
}

/// <summary>One applicant in a draw.</summary>
/// <param name="Rank">Position by lottery number, from 1 (the smallest number).</param>
/// <param name="Token">The applicant's token.</param>
/// <param name="Number">The applicant's lottery number.</param>
/// <param name="Selected">Whether the rank is within the seats.</param>
public sealed record DrawRow(int Rank, string Token, LotteryNumber Number, bool Selected);

/// <summary>The outcome of a draw, with the inputs needed to publish and re-run it.</summary>
public sealed class DrawResult
{
    internal DrawResult(LotteryManifest manifest, string seed, string? schoolId, int seats, IReadOnlyList<DrawRow> rows)
    {
        Manifest = manifest;
        Seed = seed;
        SchoolId = schoolId;
        Seats = seats;
        Rows = rows;
    }

    /// <summary>The pool's manifest.</summary>
    public LotteryManifest Manifest { get; }

    /// <summary>The seed the numbers came from.</summary>
    public string Seed { get; }

    /// <summary>The school of a multiple tie-breaking draw; null with single tie-breaking.</summary>
    public string? SchoolId { get; }

    /// <summary>The number of places drawn for.</summary>
    public int Seats { get; }

    /// <summary>Every applicant, by rank.</summary>
    public IReadOnlyList<DrawRow> Rows { get; }

    /// <summary>How many were selected: the smaller of seats and applicants.</summary>
    public int SelectedCount => Math.Min(Seats, Rows.Count);

    /// <summary>The cut-off: the number of the last selected applicant; null when nobody is selected.</summary>
    public LotteryNumber? CutOff => SelectedCount == 0 ? null : Rows[SelectedCount - 1].Number;
}
