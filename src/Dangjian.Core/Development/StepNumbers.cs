namespace Dangjian.Core.Development;

/// <summary>Numbers of the steps the timing rules refer to (the same in every version so far).</summary>
public static class StepNumbers
{
    public const int Application = 1;
    public const int Talk = 2;
    public const int ActivistChosen = 3;
    public const int Review = 6;
    public const int TargetChosen = 7;
    public const int Training = 11;
    public const int CommitteeReviewAndNotice = 12;
    public const int PreApproval = 13;
    public const int AdmissionVote = 15;
    public const int Approval = 17;
    public const int ConversionApplication = 22;
    public const int ConversionVote = 23;
    public const int ConversionApproval = 24;
    public const int Last = 25;
}
