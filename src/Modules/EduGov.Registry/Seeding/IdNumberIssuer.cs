using EduGov.Platform.Demo;
using EduGov.Standards;

namespace EduGov.Registry.Seeding;

/// <summary>Hands out valid 18-digit ID numbers, each at most once, whose sequence parity encodes the given sex.</summary>
internal sealed class IdNumberIssuer(SeededRandom random)
{
    private const int SequencesPerSex = 500;
    private const int MaxAttempts = 2_000;
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <exception cref="InvalidOperationException">Almost every sequence for that region, date and sex is taken.</exception>
    public string Issue(string regionCode, DateOnly birthDate, Sex sex)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var sequence = (random.NextInt(SequencesPerSex) * 2) + (sex == Sex.Male ? 1 : 0);
            var id = IdNumber.Compose(regionCode, birthDate, sequence);
            if (_issued.Add(id))
            {
                return id;
            }
        }

        throw new InvalidOperationException($"No free ID number left for {regionCode} {birthDate:yyyy-MM-dd} {sex}.");
    }
}
