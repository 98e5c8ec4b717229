using EduGov.Standards;

namespace EduGov.Platform.Privacy;

public static class Masking
{
    public static string IdNumber(string value) => Standards.IdNumber.Mask(value);

    public static string Phone(string value) => PhoneNumber.Mask(value);

    /// <summary>Keeps the surname: 张三丰 → 张**.</summary>
    public static string Name(string value) =>
        string.IsNullOrEmpty(value) ? value : string.Concat(value.AsSpan(0, 1), new string('*', value.Length - 1));

    /// <summary>Keeps the district and street part of an address, hides house and room numbers.</summary>
    public static string Address(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var visible = Math.Min(value.Length / 2, 8);
        return string.Concat(value.AsSpan(0, visible), "****");
    }
}
