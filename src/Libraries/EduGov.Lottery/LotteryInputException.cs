namespace EduGov.Lottery;

/// <summary>An input the lottery cannot use (an empty or duplicate token, a malformed seed, a die that is not digits…).
/// The message is Chinese and meant for the person who supplied the input.</summary>
public sealed class LotteryInputException(string message) : ArgumentException(message);
