namespace EduGov.Supervision.RandomInspection;

/// <summary>An input the inspection draw cannot use; the message is Chinese and names the row or the rule at fault.</summary>
public sealed class RandomInspectionException(string message) : ArgumentException(message);
