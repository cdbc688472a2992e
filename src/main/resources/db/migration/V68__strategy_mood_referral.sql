-- A referral strategy for mood (issue 24): a positive perinatal mood screen (PHQ-2 score of 3 or
-- more in the intake) flags the client's page with a suggestion to talk about mood and a link to
-- this strategy. Explicit id 65 (this migration's range; strategy_seq starts at 1000): the intake's
-- summary links to it (intake/IntakeSummary.MOOD_REFERRAL_STRATEGY_ID). It addresses anxiety a
-- little (weight 1): offered from the mood screen, it ranks low among the letdown suggestions.
-- Spanish text for the library's translation (when strategies get one):
--   name: Derivación por estado de ánimo y depresión perinatal
--   instructions: Hable con su médico, partera o enfermera sobre cómo se ha sentido, en los próximos días.
--     Si no tiene cita pronto, llame al consultorio y diga que es por su estado de ánimo después del parto.
--     Puede llamar o enviar un mensaje de texto a la Línea Nacional de Salud Mental Materna, 1-833-852-6262 (TLC-MAMA), a cualquier hora.
--     Si alguna vez piensa en hacerse daño a usted o a su bebé, llame ahora al 988 o al 911.
--     Cuéntele a su consultora qué le dijeron, para ajustar su plan.
INSERT INTO strategy (id, name, category, description, instructions, usual_frequency, retired, created_at, updated_at, version) VALUES
(65, 'Referral for mood and perinatal depression', 'MEDICAL',
'A positive mood screen (PHQ-2 of 3 or more) is not a diagnosis, but it calls for a conversation and, usually, a referral: perinatal depression and anxiety are common, treatable, and make letdown and breastfeeding harder. Talk about how she has been feeling, ask about thoughts of self-harm, and refer her to her physician, midwife or a perinatal mental health service; give crisis numbers. Many treatments are compatible with breastfeeding: leave the choice to the prescriber.',
'Talk with your doctor, midwife or nurse about how you have been feeling, within the next few days.
If you have no appointment soon, call the office and say it is about your mood after the birth.
You can call or text the National Maternal Mental Health Hotline, 1-833-852-6262 (1-833-TLC-MAMA), at any hour.
If you ever have thoughts of harming yourself or your baby, call 988 or 911 now.
Tell your consultant what you were told, so that your plan can be adjusted.',
'Once, within a week', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

INSERT INTO strategy_factor (strategy_id, factor, relevance) VALUES (65, 'ANXIETY', 1);
