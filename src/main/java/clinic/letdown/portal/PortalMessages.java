package clinic.letdown.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the client's portal pages (home, plans, learn), written for her ("you"). */
@MessageBundle("portalMsg")
public interface PortalMessages {

    @Message("My plan")
    String myPlan();

    @Message("Hello, {name}")
    String hello(String name);

    @Message("Your care with the clinic has ended. You can still read your plans and your letdown log here; new log entries are closed.")
    String careEnded();

    @Message("Your consultant")
    String yourConsultant();

    @Message("The clinic team")
    String clinicTeam();

    @Message("Next follow-up")
    String nextFollowUp();

    @Message("None booked yet. Your consultant will tell you when.")
    String noFollowUp();

    @Message("Log a feed or pumping session")
    String logCta();

    @Message("Last logged: {when}, letdown after {minutes} min.")
    String lastLoggedCame(String when, String minutes);

    @Message("Last logged: {when}, letdown did not come.")
    String lastLoggedNotCame(String when);

    @Message("See your log")
    String seeLog();

    @Message("Your plan: {title}")
    String yourPlanTitled(String title);

    @Message("Your plan")
    String yourPlan();

    @Message("Your consultant has not shared a current plan with you yet. It will appear here as soon as it is ready.")
    String noPlan();

    @Message("Earlier plans")
    String earlierPlans();

    @Message("from {date}")
    String fromDate(String date);

    @Message("Learn how letdown works and what helps it")
    String learnLink();

    @Message("This plan is no longer the one you follow; it stays here so you can look back at it.")
    String notCurrent();

    @Message("{#switch status}{#case ACTIVE}current{#case ON_HOLD}paused{#case COMPLETED}finished{#case REVOKED}stopped{#case DRAFT}in preparation{/switch}")
    String planStatus(Object status);

    @Message("{#switch factor}{#case STRESS}stress{#case FATIGUE}tiredness{#case ANXIETY}worry{#case PAIN}pain{#case DISTRACTIONS}distractions{#case MEDICAL_CONDITION}a medical condition{#case MEDICATION}a medicine{#case OTHER}other things{/switch}")
    String factor(Object factor);

    // ------------------------------------------------------------ the plan as she reads it

    @Message("From {start} to {end}.")
    String period(String start, String end);

    @Message("From {start}.")
    String periodFrom(String start);

    @Message("Written by {author}.")
    String writtenBy(String author);

    @Message("This plan helps with:")
    String helpsWith();

    @Message("Your goals")
    String yourGoals();

    @Message("How you will know:")
    String howYouKnow();

    @Message("By")
    String dueBy();

    @Message("{#switch status}{#case IN_PROGRESS}working on it{#case ACHIEVED}reached{#case NOT_ACHIEVED}not reached{#case CANCELLED}no longer a goal{/switch}")
    String goalStatus(Object status);

    @Message("No goals yet.")
    String noGoals();

    @Message("What to do")
    String whatToDo();

    @Message("How often:")
    String howOften();

    @Message("{#switch status}{#case NOT_STARTED}not started yet{#case IN_PROGRESS}doing it{#case COMPLETED}done{#case STOPPED}stopped{/switch}")
    String activityStatus(Object status);

    @Message("No activities yet.")
    String noActivities();

    // ------------------------------------------------------------ a portal account without a client record

    @Message("Your portal is not ready yet")
    String unlinkedTitle();

    @Message("You are signed in, but your account is not linked to a client record at the clinic yet, so there is nothing to show you here.")
    String unlinked1();

    @Message("Please ask your lactation consultant or the clinic to finish setting up your portal. Nothing is wrong with your password.")
    String unlinked2();

    // ------------------------------------------------------------ learn about letdown

    @Message("Learn about letdown")
    String learnTitle();

    @Message("Short answers in plain words. Your consultant can tell you more about what fits you.")
    String learnLead();

    @Message("In your plan")
    String inYourPlan();

    @Message("In your plan:")
    String inYourPlanColon();

    @Message("What letdown is")
    String whatTitle();

    @Message("Letdown is the moment your milk starts to flow freely. When your baby sucks, your nipple sends a signal to your brain, and your brain releases a hormone called oxytocin. Oxytocin makes the small muscles around the milk-making cells in your breast squeeze, which pushes the milk into the ducts and out through the nipple, where your baby can drink it easily.")
    String what1();

    @Message("Its medical name is the milk ejection reflex. The same hormone also helps you and your baby feel close to each other.")
    String what2();

    @Message("How you may notice it")
    String signsTitle();

    @Message("a tingling or warm feeling in your breasts,")
    String sign1();

    @Message("milk leaking from the other breast,")
    String sign2();

    @Message("your baby swallowing more often.")
    String sign3();

    @Message("Some people feel nothing at all when their milk lets down. That is normal: the milk still flows.")
    String signsNormal();

    @Message("What sets it off")
    String triggersTitle();

    @Message("your baby sucking, or stimulation of the nipple (a breast pump does this too),")
    String trigger1();

    @Message("hearing your baby cry, and sometimes even another baby,")
    String trigger2();

    @Message("seeing or smelling your baby, or something that smells of your baby, like a blanket or clothes,")
    String trigger3();

    @Message("simply thinking about your baby,")
    String trigger4();

    @Message("your usual feeding time: your body learns the routine, and milk may even leak when a feed is due.")
    String trigger5();

    @Message("What can get in the way")
    String hindersTitle();

    @Message("Stress, tiredness, worry, pain and distractions can all slow letdown down. Some medical conditions and some medicines can too.")
    String hinders1();

    @Message("If you take a medicine, do not stop it on your own: talk to your consultant or your doctor first.")
    String hinders2();

    @Message("What helps")
    String helpsTitle();

    @Message("Relax")
    String relaxTitle();

    @Message("Breathe in slowly through your nose and out through your mouth a few times before and during a feed. Some people picture a calm place, or picture their milk flowing.")
    String relax();

    @Message("Warmth and comfort")
    String comfortTitle();

    @Message("A warm, damp cloth on your breasts for a few minutes before feeding or pumping can help the milk flow. If feeding hurts, tell your consultant: pain holds letdown back, and often a change in how your baby latches helps.")
    String comfort();

    @Message("A calm place")
    String placeTitle();

    @Message("Find a quiet, comfortable spot where you can sit well supported. Put your phone away and turn off the television if you can.")
    String place();

    @Message("Your baby")
    String babyTitle();

    @Message("Focus on your baby: their face, their smell, how they latch on. Skin-to-skin time brings you close. When you are apart, for example when pumping at work, a photo of your baby, a recording of their cry or a blanket that smells of them can help your milk let down.")
    String baby();

    @Message("Feeding and pumping")
    String feedingTitle();

    @Message("A good latch helps letdown and keeps feeding comfortable. Some parents feed on one side while pumping the other, or pump after a feed.")
    String feeding();

    @Message("Rest")
    String restTitle();

    @Message("Tiredness slows letdown. Rest when your baby sleeps if you can, and accept help from the people around you.")
    String rest();

    @Message("Be patient with yourself")
    String patienceTitle();

    @Message("You can keep breastfeeding even when letdown is difficult. It often takes some time and practice to find what works for you, and your consultant is there to help. Some parents combine breastfeeding with pumping for a while so that their baby gets enough milk.")
    String patience();

    @Message("Logging your feeds in your letdown log shows you and your consultant what helps you most.")
    String patienceLog();

    @Message("Open your letdown log")
    String openLog();

    // ------------------------------------------------------------ her language

    @Message("Your portal is in English from now on.")
    String languageSaved();
}
