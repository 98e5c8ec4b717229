using System.Collections.Frozen;
using System.Globalization;

namespace EduGov.Platform.Localization;

/// <summary>
/// UI text: Simplified Chinese is the source text and the default; English comes from the modules' dictionaries.
/// A missing English entry falls back to Chinese, never to a key.
/// </summary>
public sealed class Text(IEnumerable<IReadOnlyDictionary<string, string>> englishDictionaries)
{
    private readonly FrozenDictionary<string, string> _english = englishDictionaries
        .SelectMany(d => d)
        .GroupBy(p => p.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string chinese] => IsEnglish && _english.TryGetValue(chinese, out var english) ? english : chinese;

    public string Format(string chineseFormat, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[chineseFormat], args);

    public bool HasEnglish(string chinese) => _english.ContainsKey(chinese);
}
