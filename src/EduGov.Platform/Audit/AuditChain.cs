using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EduGov.Platform.Audit;

public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEvent e)
    {
        var canonical = string.Join('\n',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.ActorId, e.ActorName, e.Action, e.Module, e.EntityType, e.EntityId,
            e.Changes ?? "", e.Note ?? "", e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static void Seal(AuditEvent e, long previousSequence, string previousHash)
    {
        e.Sequence = previousSequence + 1;
        e.PreviousHash = previousHash;
        e.Hash = ComputeHash(e);
    }

    /// <summary>Walks the chain in sequence order; returns the first break (changed, inserted or deleted event) or null.</summary>
    public static AuditChainBreak? Verify(IEnumerable<AuditEvent> eventsInOrder)
    {
        var walker = new AuditChainWalker();
        return eventsInOrder.Select(walker.Check).FirstOrDefault(b => b is not null);
    }
}

/// <summary>Checks events one at a time, in sequence order, so a chain of any length can be streamed through it.</summary>
public sealed class AuditChainWalker
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditChain.GenesisHash;

    public int Checked { get; private set; }

    public AuditChainBreak? Check(AuditEvent e)
    {
        if (e.Sequence != _expectedSequence)
        {
            return new AuditChainBreak(_expectedSequence, $"缺少序号 {_expectedSequence} 的审计事件（可能已被删除）");
        }

        if (e.PreviousHash != _previousHash)
        {
            return new AuditChainBreak(e.Sequence, $"序号 {e.Sequence} 的前序哈希与上一事件不符");
        }

        if (AuditChain.ComputeHash(e) != e.Hash)
        {
            return new AuditChainBreak(e.Sequence, $"序号 {e.Sequence} 的内容与其哈希不符（已被修改）");
        }

        _previousHash = e.Hash;
        _expectedSequence++;
        Checked++;
        return null;
    }
}

/// <summary>The outcome of checking the whole chain: how many events were intact before the first break, if any.</summary>
public sealed record AuditChainReport(int Events, AuditChainBreak? Break)
{
    public bool IsIntact => Break is null;
}

public sealed record AuditChainBreak(long Sequence, string Reason);
