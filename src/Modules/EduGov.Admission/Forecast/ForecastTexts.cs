namespace EduGov.Admission.Forecast;

/// <summary>The Chinese words the forecast pages, API and exports share.</summary>
internal static class ForecastTexts
{
    public const string NotEnoughData = "数据不足";

    /// <summary>What the entry grade of a unit is forecast from, in words.</summary>
    public static string Feeder(FeederSource source) => source switch
    {
        FeederSource.OwnBirths => "按出生人口和出生—入学比推算",
        FeederSource.DistrictBirthsShare => "未导入本校对口地段出生人口，按本校占全区出生人口的比例推算",
        FeederSource.OwnGrade6 => "按上一学年六年级人数和升学比推算",
        FeederSource.DistrictGrade6Share => "按本校占全区上一学年六年级人数的比例推算",
        _ => source.ToString(),
    };
}
