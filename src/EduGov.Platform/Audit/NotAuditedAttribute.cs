namespace EduGov.Platform.Audit;

/// <summary>Leaves a property out of audit diffs: ciphertexts and lookup hashes, whose masked twin is audited instead.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
