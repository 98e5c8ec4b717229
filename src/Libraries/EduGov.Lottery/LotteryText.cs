using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace EduGov.Lottery;

/// <summary>The checks and the hashing every part of the lottery shares.</summary>
internal static class LotteryText
{
    /// <summary>Separates the parts of every hashed string; no part may contain it.</summary>
    public const char Separator = '|';

    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A token or school id: not empty, no line feed, no separator, valid Unicode.</summary>
    public static void RequirePart(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new LotteryInputException($"{name}不能为空。");
        }

        if (value.Contains('\n', StringComparison.Ordinal))
        {
            throw new LotteryInputException($"{name}“{Show(value)}”含换行符，不能使用。");
        }

        RequireNoSeparator(value, name);
        RequireValidUnicode(value, name);
    }

    public static void RequireNoSeparator(string value, string name)
    {
        if (value.Contains(Separator, StringComparison.Ordinal))
        {
            throw new LotteryInputException($"{name}“{Show(value)}”含竖线“|”，不能使用（竖线是摇号算法的分隔符）。");
        }
    }

    public static void RequireValidUnicode(string value, string name)
    {
        if (HasLoneSurrogate(value))
        {
            throw new LotteryInputException($"{name}“{Show(value)}”含无效的 Unicode 字符（孤立的代理项），无法按 UTF-8 编码。");
        }
    }

    /// <summary>A SHA-256 digest written as 64 lower-case hex digits, as the manifest digest and the seed are.</summary>
    public static void RequireDigest(string? value, string name)
    {
        if (value is not { Length: 64 } || value.AsSpan().ContainsAnyExcept(LowerHexDigits))
        {
            throw new LotteryInputException($"{name}应为 64 位小写十六进制数字（SHA-256），当前为“{Show(value ?? "")}”。");
        }
    }

    /// <summary>The value with line breaks made visible, for messages.</summary>
    public static string Show(string value) => value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
