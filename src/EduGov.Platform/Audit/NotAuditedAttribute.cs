using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduGov.Platform.Audit;

/// <summary>Leaves a property out of audit diffs: ciphertexts and lookup hashes, whose masked twin is audited instead.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

public static class NotAudited
{
    private const string Annotation = "EduGov:NotAudited";

    /// <summary>For properties of types we do not own (Identity's password hash, stamps, authenticator keys).</summary>
    public static PropertyBuilder<T> IsNotAudited<T>(this PropertyBuilder<T> property) => property.HasAnnotation(Annotation, true);

    public static bool IsExcluded(IProperty property) =>
        property.FindAnnotation(Annotation) is not null || property.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is not null;
}
