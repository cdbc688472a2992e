-- The starting consent documents (issue 24), version 1 in English and in Spanish: assessment and
-- care (including the hands-on assessment), telehealth, photographs, sharing with the baby's
-- physician. Written for this app in plain words; a clinic reviews them with its own advisers and
-- publishes its own versions at /admin/consents (the signatures against these stay as they are).

INSERT INTO consent_document (id, kind, language, doc_version, title, body, published_at) VALUES
(1, 'CARE', 'en', 1, 'Consent to assessment and care',
'I ask the clinic''s lactation consultant to help me with breastfeeding and with my milk letdown.

I understand that the consultant will ask about my pregnancy, the birth, my health, my medicines and how feeding is going, and will write down what I say and what she finds.

I understand that a full assessment is hands-on: the consultant may watch a feed, look at and gently touch my breasts and nipples, look in my baby''s mouth and weigh my baby before and after a feed. She will explain each step and ask before she touches me or my baby. I can say no to any step, or stop at any time, and still receive care.

I understand that a lactation consultant does not diagnose or treat illness. If something needs a doctor, the consultant will tell me, and with my separate consent she can write to my baby''s doctor or mine.

My records are kept private and are only seen by the people who care for me at the clinic. I can ask to read them.

I can withdraw this consent at any time, in the portal or by telling the clinic. Withdrawing does not undo care already given.', CURRENT_TIMESTAMP),
(2, 'CARE', 'es', 1, 'Consentimiento para la evaluación y la atención',
'Pido a la consultora de lactancia de la clínica que me ayude con la lactancia y con el reflejo de eyección (la bajada de la leche).

Entiendo que la consultora me preguntará sobre mi embarazo, el parto, mi salud, mis medicamentos y cómo van las tomas, y que anotará lo que le diga y lo que observe.

Entiendo que una evaluación completa incluye contacto físico: la consultora puede observar una toma, mirar y tocar con cuidado mis pechos y pezones, mirar dentro de la boca de mi bebé y pesar a mi bebé antes y después de una toma. Me explicará cada paso y me pedirá permiso antes de tocarme a mí o a mi bebé. Puedo decir que no a cualquier paso, o parar en cualquier momento, y seguir recibiendo atención.

Entiendo que una consultora de lactancia no diagnostica ni trata enfermedades. Si algo necesita un médico, la consultora me lo dirá y, con mi consentimiento aparte, puede escribir al médico de mi bebé o al mío.

Mis registros son privados y solo los ven las personas que me atienden en la clínica. Puedo pedir leerlos.

Puedo retirar este consentimiento en cualquier momento, en el portal o avisando a la clínica. Retirarlo no deshace la atención ya recibida.', CURRENT_TIMESTAMP),
(3, 'TELEHEALTH', 'en', 1, 'Consent to telehealth visits',
'I agree to have some of my visits by video or by phone instead of in person.

I understand that the consultant cannot touch or weigh my baby over video, so some findings may be less certain, and she may ask me to come in person.

I will join from a private place where I am comfortable showing a feed on camera if I choose to. The clinic uses a secure video service and does not record the call unless I agree first.

If the connection fails, the consultant will call me on the phone number in my record.

I can ask for an in-person visit instead at any time, and I can withdraw this consent in the portal or by telling the clinic.', CURRENT_TIMESTAMP),
(4, 'TELEHEALTH', 'es', 1, 'Consentimiento para consultas a distancia',
'Acepto que algunas de mis consultas sean por video o por teléfono en lugar de en persona.

Entiendo que por video la consultora no puede tocar ni pesar a mi bebé, así que algunas observaciones pueden ser menos seguras, y que puede pedirme que venga en persona.

Me conectaré desde un lugar privado donde me sienta cómoda mostrando una toma ante la cámara, si así lo decido. La clínica usa un servicio de video seguro y no graba la llamada sin pedirme permiso antes.

Si se corta la conexión, la consultora me llamará al número de teléfono de mi registro.

Puedo pedir una consulta en persona en cualquier momento y puedo retirar este consentimiento en el portal o avisando a la clínica.', CURRENT_TIMESTAMP),
(5, 'PHOTOGRAPHS', 'en', 1, 'Consent to photographs',
'I agree that the consultant may take photographs of my breasts, my nipples or my baby''s mouth when it helps my care, for example to compare a wound or the latch from one visit to the next.

Photographs are taken with a clinic device, kept in my clinic record only, and never show my face unless I agree at the time. They are not used for teaching or publication without my separate written consent.

The consultant will ask each time before taking a photograph, and I can say no.

I can withdraw this consent at any time; photographs already in my record stay there as part of my record.', CURRENT_TIMESTAMP),
(6, 'PHOTOGRAPHS', 'es', 1, 'Consentimiento para fotografías',
'Acepto que la consultora tome fotografías de mis pechos, mis pezones o la boca de mi bebé cuando ayuden a mi atención, por ejemplo para comparar una herida o el agarre de una consulta a otra.

Las fotografías se toman con un aparato de la clínica, se guardan solo en mi registro de la clínica y nunca muestran mi cara sin que yo lo acepte en ese momento. No se usan para enseñanza ni publicación sin mi consentimiento aparte y por escrito.

La consultora me pedirá permiso cada vez antes de tomar una fotografía, y puedo decir que no.

Puedo retirar este consentimiento en cualquier momento; las fotografías que ya estén en mi registro se quedan en él como parte de mi registro.', CURRENT_TIMESTAMP),
(7, 'PHYSICIAN_SHARING', 'en', 1, 'Consent to share information with my baby''s physician',
'I agree that the consultant may send a report of my consultations to my baby''s doctor (and to my own doctor if I name one): what I came for, what she found, the plan we agreed and when we will meet again.

The report is sent in a secure way. It contains only what the doctor needs to care for my baby and me.

I can ask to see a report before it is sent. Without this consent, no report leaves the clinic, except where the law requires it.

I can withdraw this consent at any time in the portal or by telling the clinic; reports already sent cannot be called back.', CURRENT_TIMESTAMP),
(8, 'PHYSICIAN_SHARING', 'es', 1, 'Consentimiento para compartir información con el médico de mi bebé',
'Acepto que la consultora envíe un informe de mis consultas al médico de mi bebé (y a mi propio médico si le doy su nombre): el motivo de la consulta, lo que observó, el plan que acordamos y cuándo nos volveremos a ver.

El informe se envía de forma segura. Contiene solo lo que el médico necesita para atender a mi bebé y a mí.

Puedo pedir ver un informe antes de que se envíe. Sin este consentimiento, ningún informe sale de la clínica, salvo cuando la ley lo exija.

Puedo retirar este consentimiento en cualquier momento en el portal o avisando a la clínica; los informes ya enviados no se pueden recuperar.', CURRENT_TIMESTAMP);
