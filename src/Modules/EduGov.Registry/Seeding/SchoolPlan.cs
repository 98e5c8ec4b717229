using EduGov.Registry.Domain;

namespace EduGov.Registry.Seeding;

/// <summary>A 学区 row together with the places it covers.</summary>
internal sealed record DemoZone(SchoolZone Entity, ZoneTemplate Template);

/// <summary>A school row plus what the generator decided about it: where it is, its brand and how many pupils it gets.</summary>
internal sealed record SchoolPlan(School School, DemoZone Zone, Town Town, string Brand, int Pupils);

/// <summary>One class to create: grade, number within the grade, year of entry, size cap and number of pupils.</summary>
internal sealed record ClassPlan(int Grade, int Number, int EntryYear, int Cap, int Size);
