namespace EduGov.Standards;

/// <summary>Sex as encoded in the GB 11643 sequence code (odd = male, even = female).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
