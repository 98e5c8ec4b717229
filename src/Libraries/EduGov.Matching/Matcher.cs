namespace EduGov.Matching;

/// <summary>Runs the chosen <see cref="Mechanism"/>.</summary>
public static class Matcher
{
    public static Assignment Run(MatchingInstance instance, Mechanism mechanism) => mechanism switch
    {
        Mechanism.DeferredAcceptance => DeferredAcceptance.Run(instance),
        Mechanism.ChoiceByChoice => ChoiceByChoice.Run(instance),
        _ => throw new ArgumentOutOfRangeException(nameof(mechanism), mechanism, "Unknown mechanism."),
    };
}
