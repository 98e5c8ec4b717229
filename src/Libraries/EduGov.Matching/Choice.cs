namespace EduGov.Matching;

/// <summary>One entry of a student's list of choices: the school (its index) and the student's priority category there (lower is better, ≥ 0).</summary>
public readonly record struct Choice(int School, int Priority);
