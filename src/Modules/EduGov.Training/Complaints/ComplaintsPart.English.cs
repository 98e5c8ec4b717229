namespace EduGov.Training.Complaints;

internal static partial class ComplaintsPart
{
    public static IReadOnlyDictionary<string, string> English { get; } = WithNames(new Dictionary<string, string>
    {
        ["依《校外培训行政处罚暂行办法》（教育部令第53号）作出的处罚：责令停止招收学员使机构停止招生，吊销许可证件使机构和许可证同时吊销。"] = "Penalties under the Interim Measures on Administrative Penalties for Off-campus Training (MoE Order No. 53): an order to stop enrolling suspends the institution; revoking the permit revokes the institution and its permit.",
        ["具体部门（如区市场监管局执法大队）"] = "Office (e.g. the district market-regulation enforcement team)",
        ["决定日期"] = "Decided on",
        ["分派"] = "Assign",
        ["分派与分类"] = "Assignment and category",
        ["办结说明"] = "Closing note",
        ["反馈"] = "Feedback",
        ["受理时间"] = "Received at",
        ["在公众页面公开"] = "Publish on the public pages",
        ["处罚依据"] = "Legal basis",
        ["处罚决定书文号"] = "Decision number",
        ["处罚已记录。"] = "Penalty recorded.",
        ["处罚种类"] = "Penalty type",
        ["如：《校外培训行政处罚暂行办法》第十八条"] = "e.g. Article 18 of the Interim Measures on Administrative Penalties for Off-campus Training",
        ["家长和公众对本机构的投诉。请如实提交情况说明，教育局在答复投诉人时参考；投诉人的联系方式不向机构提供。"] = "Complaints about your institution from parents and the public. Give a truthful account; the bureau considers it when answering. The complainant's contact details are not shared with the institution.",
        ["对方部门的处理"] = "The authority's handling",
        ["就某机构移交线索"] = "Refer a case about an institution",
        ["已保存。"] = "Saved.",
        ["已用天数"] = "Days taken",
        ["已移交。"] = "Referred.",
        ["已答复，短信已发送给投诉人。"] = "Answered; the text message was sent to the complainant.",
        ["录入12345热线、来信来访等渠道收到的投诉；答复期限按监管规则自动计算。"] = "Enter complaints received by the 12345 hotline, by letter or visit; the answer deadline follows the rules.",
        ["情况说明"] = "Account",
        ["情况说明已提交。"] = "Account submitted.",
        ["或：未登记的机构名称"] = "Or: name of an unlisted operator",
        ["承办人"] = "Handled by",
        ["投诉 {0} 的情况说明"] = "Account for complaint {0}",
        ["投诉人"] = "Complainant",
        ["投诉人姓名"] = "Complainant's name",
        ["投诉详情"] = "Complaint",
        ["接收部门"] = "Receiving authority",
        ["文号"] = "Decision number",
        ["未分派"] = "Not assigned",
        ["本机构投诉"] = "Complaints about us",
        ["机构、投诉编号或理由"] = "Institution, complaint number or reason",
        ["机构情况说明"] = "Institution's account",
        ["机构或文号"] = "Institution or decision number",
        ["没有处罚记录。"] = "No penalties.",
        ["没有移交记录。"] = "No referrals.",
        ["没有符合条件的投诉。"] = "No complaints match.",
        ["没有针对本机构的投诉。"] = "No complaints about your institution.",
        ["涉及机构"] = "Institution",
        ["渠道"] = "Channel",
        ["登记投诉"] = "Enter a complaint",
        ["监管规则"] = "Supervision rules",
        ["移交其他部门"] = "Refer to another authority",
        ["移交市场监管、公安、民政等部门的案件线索，跟踪受理、办结或退回。"] = "Cases referred to market regulation, public security, civil affairs and other authorities, tracked until accepted, concluded or returned.",
        ["移交日期"] = "Sent on",
        ["移交理由"] = "Reason",
        ["线索移交"] = "Referrals",
        ["编号、机构或内容"] = "Number, institution or text",
        ["网站、12345热线和来信来访的投诉：分派承办人，在答复期限内答复投诉人，办结或移交有关部门。"] = "Complaints from the website, the 12345 hotline, letters and visits: assign an officer, answer within the deadline, close or refer to the competent authority.",
        ["规则"] = "Rules",
        ["解除理由（如整改到位的核查结论）"] = "Reason for lifting (e.g. the finding that the breach was put right)",
        ["解除责令停止招收学员"] = "Lift the order to stop enrolling",
        ["记录处罚"] = "Record the penalty",
        ["记录行政处罚"] = "Record a penalty",
        ["调整类别"] = "Change the category",
        ["返回"] = "Back",
        ["返回投诉台账"] = "Back to complaints",
        ["违法事实"] = "Facts",
        ["逾期未答复"] = "Overdue",
        ["金额（元）"] = "Amount (yuan)",
        ["（{0} 解除）"] = " (lifted {0})",
        ["（未登记）"] = " (unlisted)",
        ["（逾期）"] = " (overdue)",
        ["记录后机构状态变为“停止招生”，直至解除。"] = "Once recorded, the institution is suspended from enrolling until the order is lifted.",
        ["记录后机构状态变为“已吊销”，有效的办学许可证同时吊销。"] = "Once recorded, the institution and its valid permit are revoked.",
        ["未登记的机构没有机构端账号。"] = "An unlisted operator has no portal account.",
        ["机构尚未提交情况说明。"] = "The institution has not given its account yet.",
        ["答复内容（将以短信发送给投诉人）"] = "Answer (sent to the complainant by text message)",
        ["修改说明"] = "Edit the account",
        ["提交说明"] = "Give an account",
    });

    /// <summary>The page texts plus the names of the part's states and kinds.</summary>
    private static Dictionary<string, string> WithNames(Dictionary<string, string> pages)
    {
        foreach (var (chinese, english) in ComplaintsNames.English)
        {
            pages[chinese] = english;
        }

        return pages;
    }
}
